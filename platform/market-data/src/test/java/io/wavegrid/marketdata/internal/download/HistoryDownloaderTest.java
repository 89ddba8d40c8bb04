package io.wavegrid.marketdata.internal.download;

import static io.wavegrid.marketdata.Bars.BTC;
import static io.wavegrid.marketdata.Bars.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.wavegrid.market.api.Candle;
import io.wavegrid.market.api.CandleHistorySource;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Timeframe;
import io.wavegrid.marketdata.Bars;
import io.wavegrid.marketdata.DownloadResult;
import io.wavegrid.marketdata.InMemoryCandleStore;
import io.wavegrid.marketdata.internal.validate.GapDetector;

import org.junit.jupiter.api.Test;

class HistoryDownloaderTest {

    private static final long M = 60_000;
    private static final int BARS = 1000;

    private final InMemoryCandleStore store = new InMemoryCandleStore();
    private final HistoryDownloader downloader = new HistoryDownloader(store);

    /** An exchange with 1000 1m bars, except an outage at bars 300..309, that can fail on a chosen page. */
    private static final class FakeExchange implements CandleHistorySource {
        final List<Candle> bars = new ArrayList<>(Bars.series(Timeframe.M1, T0, BARS));
        final List<Long> requestedFrom = new ArrayList<>();
        int failOnCall = -1;
        boolean repeatLastBar;

        FakeExchange() {
            bars.subList(300, 310).clear();
        }

        @Override
        public int maxPageSize() {
            return 100;
        }

        @Override
        public List<Candle> candles(Symbol symbol, Timeframe timeframe, long from, long to, int limit) throws IOException {
            requestedFrom.add(from);
            if (requestedFrom.size() == failOnCall) {
                throw new IOException("HTTP 503 from exchange");
            }
            List<Candle> page = new ArrayList<>();
            for (Candle c : bars) {
                if (c.openTime() >= from && c.openTime() < to && page.size() < limit) {
                    page.add(c);
                }
            }
            if (repeatLastBar && !page.isEmpty()) {
                page.add(page.get(page.size() - 1));
            }
            return page;
        }
    }

    @Test
    void interruptedDownloadResumesWithoutRefetchingAndEndsCompleteWithoutDuplicates() throws IOException {
        FakeExchange exchange = new FakeExchange();
        exchange.failOnCall = 4;
        downloader.addSource(exchange, Map.of(CandleHistorySource.EXCHANGE, "fake"));
        List<Long> progress = new ArrayList<>();

        IOException failure = assertThrows(IOException.class,
                () -> downloader.download("fake", BTC, Timeframe.M1, T0, T0 + BARS * M, (done, total, stored) -> progress.add(done)));
        assertEquals("HTTP 503 from exchange", failure.getMessage());
        assertEquals(300, store.size(BTC, Timeframe.M1));
        assertEquals(List.of(100 * M, 200 * M, 300 * M), progress);

        exchange.failOnCall = -1;
        exchange.requestedFrom.clear();
        DownloadResult result = downloader.download("fake", BTC, Timeframe.M1, T0, T0 + BARS * M, null);

        assertEquals(T0 + 300 * M, exchange.requestedFrom.get(0), "resumes at the first missing bar");
        assertEquals(new DownloadResult(690, 0, 300, 1), result);
        assertEquals(990, store.size(BTC, Timeframe.M1));
        assertEquals(1, GapDetector.gaps(store.range(BTC, Timeframe.M1, T0, T0 + BARS * M), Timeframe.M1, T0, T0 + BARS * M).size());
    }

    @Test
    void duplicatesFromTheExchangeAreRejectedAndCounted() throws IOException {
        FakeExchange exchange = new FakeExchange();
        exchange.repeatLastBar = true;
        downloader.addSource(exchange, Map.of(CandleHistorySource.EXCHANGE, "fake"));

        DownloadResult result = downloader.download("fake", BTC, Timeframe.M1, T0, T0 + BARS * M, null);

        assertEquals(990, result.stored());
        assertTrue(result.rejected() >= 10, "rejected " + result.rejected());
        assertEquals(990, store.size(BTC, Timeframe.M1));
    }

    @Test
    void unknownExchangeAndEmptyRangeAreRefused() {
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> downloader.download("nowhere", BTC, Timeframe.M1, T0, T0 + M, null)).getMessage().contains("nowhere"));
        downloader.addSource(new FakeExchange(), Map.of(CandleHistorySource.EXCHANGE, "fake"));
        assertThrows(IllegalArgumentException.class, () -> downloader.download("fake", BTC, Timeframe.M1, T0, T0, null));
        assertEquals(java.util.Set.of("fake"), downloader.exchanges());
    }
}
