package io.wavegrid.exchange.binance.internal.market;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import io.wavegrid.market.api.Candle;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Timeframe;

import org.junit.jupiter.api.Test;

class CandleContinuityTest {

    private static final Symbol BTC = new Symbol("BTC", "USDT");
    private static final long T0 = 1_704_067_200_000L;
    private static final long M = 60_000;

    private final List<Candle> out = new ArrayList<>();
    private final List<long[]> requests = new ArrayList<>();
    private int failuresLeft;

    private List<Candle> rest(long from, long to) throws IOException {
        requests.add(new long[] {from, to});
        if (failuresLeft-- > 0) {
            throw new IOException("HTTP 503");
        }
        List<Candle> page = new ArrayList<>();
        for (long t = from; t < to && page.size() < 2; t += M) { // pages of two bars force paging
            page.add(bar(t));
        }
        return page;
    }

    private static Candle bar(long openTime) {
        return new Candle(BTC, Timeframe.M1, openTime, 10, 11, 9, 10.5, 1);
    }

    @Test
    void aSkippedBarIsBackfilledPageByPageBeforeTheNewOne() {
        CandleContinuity continuity = new CandleContinuity(Timeframe.M1, this::rest, out::add, () -> T0 + 100 * M);
        continuity.onClosed(bar(T0));
        continuity.onClosed(bar(T0 + 6 * M));
        assertEquals(List.of(T0, T0 + M, T0 + 2 * M, T0 + 3 * M, T0 + 4 * M, T0 + 5 * M, T0 + 6 * M),
                out.stream().map(Candle::openTime).toList());
        assertEquals(3, requests.size());
    }

    @Test
    void aFailedBackfillIsRetriedAtTheNextBarAndReconnectionFillsUpToNow() {
        CandleContinuity continuity = new CandleContinuity(Timeframe.M1, this::rest, out::add, () -> T0 + 10 * M + 5);
        continuity.onClosed(bar(T0));
        failuresLeft = 1;
        continuity.onReconnected();
        assertEquals(1, out.size(), "nothing invented when REST fails");
        continuity.onReconnected();
        assertEquals(10, out.size(), "bars 0..9 closed by now");
        continuity.onClosed(bar(T0 + 9 * M));
        continuity.onClosed(bar(T0 + 3 * M));
        assertEquals(10, out.size());
        assertEquals(2, continuity.dropped());
    }
}
