package io.wavegrid.engine.core.kernel;

import static io.wavegrid.engine.core.kernel.TestPlugins.BTC;
import static io.wavegrid.engine.core.kernel.TestPlugins.ETH;
import static io.wavegrid.engine.core.kernel.TestPlugins.candle;
import static io.wavegrid.engine.core.kernel.TestPlugins.contributor;
import static io.wavegrid.engine.core.kernel.TestPlugins.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import io.wavegrid.engine.api.PluginKind;
import io.wavegrid.engine.api.PluginState;
import io.wavegrid.engine.api.ProfileStatus;
import io.wavegrid.engine.core.plugin.PluginEntry;
import io.wavegrid.signal.api.AggregatedSignal;
import io.wavegrid.signal.api.Category;
import io.wavegrid.signal.api.Evidence;

import org.junit.jupiter.api.Test;

class KernelTest {

    @Test
    void processesEachSeriesInOrderAndSkipsDuplicatesAndLateCandles() throws Exception {
        List<Long> seen = Collections.synchronizedList(new ArrayList<>());
        try (KernelHarness h = new KernelHarness(2)) {
            h.add(entry(PluginKind.SIGNAL_CONTRIBUTOR, "recorder", contributor("recorder", Category.TECHNICAL, 0, s -> {
                seen.add(s.series().openTime(0));
                return null;
            }), Category.TECHNICAL, 0, 1));
            h.kernel.submit(candle(BTC, 0, 100));
            h.kernel.submit(candle(BTC, 1, 101));
            h.kernel.submit(candle(BTC, 1, 101)); // duplicate
            h.kernel.submit(candle(BTC, 0, 100)); // late
            h.kernel.submit(candle(BTC, 2, 102));
            h.drain(5);
            assertEquals(3, h.kernel.processed());
            assertEquals(2, h.kernel.duplicates());
            assertEquals(List.of(candle(BTC, 0, 100).openTime(), candle(BTC, 1, 100).openTime(), candle(BTC, 2, 100).openTime()), seen);
        }
    }

    @Test
    void aFailingPluginIsCountedAndSkippedWhileOthersCarryOn() throws Exception {
        try (KernelHarness h = new KernelHarness(1)) {
            PluginEntry broken = h.add(entry(PluginKind.SIGNAL_CONTRIBUTOR, "broken", contributor("broken", Category.TECHNICAL, 0, s -> {
                throw new IllegalStateException("boom");
            }), Category.TECHNICAL, 0, 1));
            h.add(entry(PluginKind.SIGNAL_CONTRIBUTOR, "steady", contributor("steady", Category.VOLUME, 0,
                    s -> new Evidence(0.8, 1.0, "up")), Category.VOLUME, 0, 1));
            AggregatedSignal first = h.process(candle(BTC, 0, 100));
            AggregatedSignal second = h.process(candle(BTC, 1, 100));
            assertEquals(List.of("steady"), KernelHarness.contributorsOf(first));
            assertEquals(List.of("steady"), KernelHarness.contributorsOf(second));
            assertEquals(2, broken.errorCount());
            assertTrue(broken.info(null).lastError().contains("boom"));
            h.drain(2);
            assertEquals(2, h.kernel.processed());
        }
    }

    @Test
    void aContributorArrivingLateIsWarmedFromHistoryAndContributesOnTheNextCandle() throws Exception {
        try (KernelHarness h = new KernelHarness(1)) {
            for (int i = 0; i < 20; i++) {
                h.process(candle(BTC, i, 100 + i));
            }
            List<Long> seen = new ArrayList<>();
            PluginEntry late = h.add(entry(PluginKind.SIGNAL_CONTRIBUTOR, "late",
                    TestPlugins.countingContributor("late", 10, seen), Category.TECHNICAL, 10, 1));
            AggregatedSignal next = h.process(candle(BTC, 20, 120));
            assertEquals(List.of("late"), KernelHarness.contributorsOf(next));
            assertEquals(11, seen.size(), "10 history bars, oldest first, then the live one");
            assertEquals(candle(BTC, 10, 100).openTime(), seen.get(0));
            assertEquals(PluginState.ACTIVE, late.state());
        }
    }

    @Test
    void anIndicatorArrivingLateIsWarmedAndPublishedInTheSnapshot() throws Exception {
        try (KernelHarness h = new KernelHarness(1)) {
            for (int i = 0; i < 10; i++) {
                h.process(candle(BTC, i, 100 + i));
            }
            h.add(entry(PluginKind.INDICATOR, "sma-3", TestPlugins.sma("sma-3", 3), null, 0, Double.NaN));
            double[] seen = new double[1];
            h.add(entry(PluginKind.SIGNAL_CONTRIBUTOR, "reader", contributor("reader", Category.TECHNICAL, 0, s -> {
                seen[0] = s.indicator("sma-3", 0);
                return null;
            }), Category.TECHNICAL, 0, 1));
            h.process(candle(BTC, 10, 110));
            assertEquals((108 + 109 + 110) / 3.0, seen[0], 1e-12);
        }
    }

    @Test
    void removedPluginsStopContributingAndNoCandleIsLostWhilePluginsComeAndGo() throws Exception {
        try (KernelHarness h = new KernelHarness(2)) {
            int candles = 4000;
            Thread producer = new Thread(() -> {
                for (int i = 0; i < candles / 2; i++) {
                    h.kernel.submit(candle(BTC, i, 100));
                    h.kernel.submit(candle(ETH, i, 50));
                }
            });
            producer.start();
            for (int round = 0; round < 50; round++) {
                PluginEntry p = h.add(entry(PluginKind.SIGNAL_CONTRIBUTOR, "flicker", contributor("flicker", Category.TECHNICAL,
                        0, s -> new Evidence(0.1, 0.5, "")), Category.TECHNICAL, 0, 1));
                h.catalog.remove(p.serviceId());
            }
            producer.join();
            h.drain(candles);
            assertEquals(candles, h.kernel.processed());
            assertEquals(0, h.kernel.duplicates());
            h.signals.clear();
            AggregatedSignal after = h.process(candle(BTC, candles, 100));
            assertTrue(after.contributions().isEmpty(), "the last removal applies to later candles");
        }
    }

    @Test
    void aWeightChangeAppliesFromTheNextCandle() throws Exception {
        try (KernelHarness h = new KernelHarness(1)) {
            h.add(entry(PluginKind.SIGNAL_CONTRIBUTOR, "bull", contributor("bull", Category.TECHNICAL, 0,
                    s -> new Evidence(1, 1, "")), Category.TECHNICAL, 0, 1));
            h.add(entry(PluginKind.SIGNAL_CONTRIBUTOR, "bear", contributor("bear", Category.TECHNICAL, 0,
                    s -> new Evidence(-1, 1, "")), Category.TECHNICAL, 0, 1));
            assertEquals(0, h.process(candle(BTC, 0, 100)).score(), 1e-12);

            ProfileStatus status = h.profiles.configure("default", Map.of("contributor.bull.weight", "3"));
            assertNull(status.lastRejection());
            AggregatedSignal next = h.process(candle(BTC, 1, 100));
            assertEquals(0.5, next.score(), 1e-12, "(3 - 1) / (3 + 1)");
            assertEquals(3.0, next.contributions().stream().filter(c -> c.contributor().equals("bull")).findFirst()
                    .orElseThrow().weight());
        }
    }

    @Test
    void anInvalidConfigurationIsRejectedAndThePreviousOneKeepsRunning() throws Exception {
        try (KernelHarness h = new KernelHarness(1)) {
            h.add(entry(PluginKind.SIGNAL_CONTRIBUTOR, "bull", contributor("bull", Category.TECHNICAL, 0,
                    s -> new Evidence(1, 1, "")), Category.TECHNICAL, 0, 1));
            h.profiles.configure("default", Map.of("weight.technical", "0.5"));
            for (Map<String, ?> bad : List.of(Map.of("weight.technical", "-1"),
                    Map.of("contributor.ghost.weight", "1"),
                    Map.of("weight.technical", "0", "weight.patterns", "0", "weight.elliott", "0", "weight.fibonacci", "0",
                            "weight.volume", "0", "weight.strategy", "0"),
                    Map.of("weight.technicl", "1"))) {
                ProfileStatus status = h.profiles.configure("default", bad);
                assertNotNull(status.lastRejection(), "should reject " + bad);
                assertEquals(0.5, status.active().weightOf(Category.TECHNICAL));
            }
            AggregatedSignal next = h.process(candle(BTC, 0, 100));
            assertEquals(List.of("bull"), KernelHarness.contributorsOf(next));
            assertEquals(1.0, next.score(), 1e-12);
        }
    }

    @Test
    void aBarIsCountedAsProcessedOnlyOnceItsAfterAnalysisHooksAreDone() throws Exception {
        java.util.concurrent.CountDownLatch inHook = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        KernelHooks slowWrites = new KernelHooks() {
            @Override
            public void beforeAnalysis(io.wavegrid.market.api.Candle candle) {
            }

            @Override
            public void afterAnalysis(io.wavegrid.market.api.Candle candle) {
                // The execution side writing the bar's fills: whoever waits for the count reads them next.
                inHook.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        Kernel kernel = new Kernel(new KernelSettings(1, 50, 1024), List.of(), (profile, signal, bar) -> { }, slowWrites);
        kernel.start();
        try {
            kernel.submit(candle(BTC, 0, 100));
            assertTrue(inHook.await(10, java.util.concurrent.TimeUnit.SECONDS));
            assertEquals(0, kernel.queued());
            assertEquals(0, kernel.processed(), "the bar's writes are not done");

            release.countDown();
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
            while (kernel.processed() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(1);
            }
            assertEquals(1, kernel.processed());
        } finally {
            release.countDown();
            kernel.stop();
        }
    }
}
