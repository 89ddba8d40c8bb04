package io.wavegrid.marketdata.internal.synthetic;

import static io.wavegrid.marketdata.Bars.BTC;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.wavegrid.market.api.Candle;
import io.wavegrid.market.api.Timeframe;
import io.wavegrid.marketdata.internal.aggregate.CandleAggregator;

import org.junit.jupiter.api.Test;

class SyntheticFeedTest {

    @Test
    void historyArrivesAtOnceAndTimeframesAgree() throws Exception {
        SyntheticFeed feed = new SyntheticFeed(config(0.001, 240, "BTCUSDT:60000"));
        try {
            List<Candle> minutes = collect(feed, Timeframe.M1, 240);
            List<Candle> hours = collect(feed, Timeframe.H1, 4);
            assertEquals(CandleAggregator.aggregate(minutes, Timeframe.H1), hours);
            assertEquals(1_704_067_200_000L, minutes.get(0).openTime());
            assertEquals(60_000, minutes.get(0).open(), 1e-9);
        } finally {
            feed.deactivate();
        }
    }

    @Test
    void badStartPricesAreRefused() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new SyntheticFeed(config(1, 10, "BTCUSDT:-5")))
                .getMessage().contains("BTCUSDT:-5"));
        assertThrows(IllegalArgumentException.class, () -> new SyntheticFeed(config(1, 10, "BTCUSDT")));
    }

    private static List<Candle> collect(SyntheticFeed feed, Timeframe timeframe, int n) throws Exception {
        List<Candle> received = new CopyOnWriteArrayList<>();
        CountDownLatch latch = new CountDownLatch(n);
        try (AutoCloseable handle = feed.subscribe(BTC, timeframe, c -> {
            received.add(c);
            latch.countDown();
        })) {
            assertTrue(latch.await(20, TimeUnit.SECONDS));
        }
        return received.subList(0, n);
    }

    private static SyntheticConfig config(double speed, int history, String... prices) {
        return new SyntheticConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return SyntheticConfig.class;
            }

            @Override
            public String feed_name() {
                return "synthetic";
            }

            @Override
            public long seed() {
                return 5;
            }

            @Override
            public String origin() {
                return "2024-01-01";
            }

            @Override
            public int history_bars() {
                return history;
            }

            @Override
            public double speed() {
                return speed;
            }

            @Override
            public String[] start_prices() {
                return prices;
            }
        };
    }
}
