package io.wavegrid.marketdata.internal.replay;

import static io.wavegrid.marketdata.Bars.BTC;
import static io.wavegrid.marketdata.Bars.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.wavegrid.market.api.Candle;
import io.wavegrid.market.api.MarketDataListener;
import io.wavegrid.market.api.Timeframe;
import io.wavegrid.marketdata.Bars;
import io.wavegrid.marketdata.InMemoryCandleStore;

import org.junit.jupiter.api.Test;

class ReplayFeedTest {

    private static final long M = 60_000;

    private final InMemoryCandleStore store = new InMemoryCandleStore();
    private final Clock clock = Clock.fixed(Instant.ofEpochMilli(T0 + 100_000 * M), ZoneOffset.UTC);

    @Test
    void playsEveryStoredBarInOrderAcrossChunksAndGaps() throws Exception {
        List<Candle> bars = new ArrayList<>(Bars.series(Timeframe.M1, T0 + 500 * M, 2500));
        bars.subList(1000, 1200).clear();
        store.upsert(bars);
        ReplayFeed feed = new ReplayFeed(store, config(0, "", "", 300), clock);
        try {
            assertEquals(bars, collect(feed, bars.size()));
        } finally {
            feed.deactivate();
        }
    }

    @Test
    void boundsAreHonoured() throws Exception {
        store.upsert(Bars.series(Timeframe.M1, T0, 100));
        ReplayFeed feed = new ReplayFeed(store, config(0, Instant.ofEpochMilli(T0 + 10 * M).toString(),
                String.valueOf(T0 + 20 * M), 7), clock);
        try {
            assertEquals(Bars.series(Timeframe.M1, T0, 100).subList(10, 20), collect(feed, 10));
        } finally {
            feed.deactivate();
        }
    }

    @Test
    void closingStopsAPacedReplay() throws Exception {
        store.upsert(Bars.series(Timeframe.H1, T0, 100));
        ReplayFeed feed = new ReplayFeed(store, config(3600, "", "", 10), clock); // one 1h bar per second
        try {
            List<Candle> received = new CopyOnWriteArrayList<>();
            CountDownLatch first = new CountDownLatch(1);
            AutoCloseable handle = feed.subscribe(BTC, Timeframe.H1, candle -> {
                received.add(candle);
                first.countDown();
            });
            assertTrue(first.await(10, TimeUnit.SECONDS));
            handle.close();
            int afterClose = received.size();
            Thread.sleep(1200);
            assertEquals(afterClose, received.size());
            assertTrue(afterClose < 100);
        } finally {
            feed.deactivate();
        }
    }

    @Test
    void badSettingsAreRefusedWithTheirName() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new ReplayFeed(store, config(0, "yesterday", "", 10), clock))
                .getMessage().startsWith("from 'yesterday' is not a time"));
        assertThrows(IllegalArgumentException.class, () -> new ReplayFeed(store, config(-2, "", "", 10), clock));
    }

    private static List<Candle> collect(ReplayFeed feed, int expected) throws Exception {
        List<Candle> received = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(expected);
        MarketDataListener listener = candle -> {
            received.add(candle);
            done.countDown();
        };
        try (AutoCloseable handle = feed.subscribe(BTC, Timeframe.M1, listener)) {
            assertTrue(done.await(20, TimeUnit.SECONDS), "received " + received.size() + " of " + expected);
            Thread.sleep(50); // nothing more may arrive
        }
        return received;
    }

    static ReplayConfig config(double speed, String from, String to, int chunkBars) {
        return new ReplayConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return ReplayConfig.class;
            }

            @Override
            public String feed_name() {
                return "replay";
            }

            @Override
            public double speed() {
                return speed;
            }

            @Override
            public String from() {
                return from;
            }

            @Override
            public String to() {
                return to;
            }

            @Override
            public int chunk_bars() {
                return chunkBars;
            }
        };
    }
}
