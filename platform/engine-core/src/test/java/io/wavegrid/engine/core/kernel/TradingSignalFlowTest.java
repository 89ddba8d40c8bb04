package io.wavegrid.engine.core.kernel;

import static io.wavegrid.engine.core.kernel.TestPlugins.BTC;
import static io.wavegrid.engine.core.kernel.TestPlugins.candle;
import static io.wavegrid.engine.core.kernel.TestPlugins.contributor;
import static io.wavegrid.engine.core.kernel.TestPlugins.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import io.wavegrid.engine.api.PluginKind;
import io.wavegrid.engine.api.StrategyProfile;
import io.wavegrid.engine.core.feed.BarForwarder;
import io.wavegrid.engine.core.plugin.PluginCatalog;
import io.wavegrid.engine.core.signal.SignalPublisher;
import io.wavegrid.engine.core.trade.SignalBook;
import io.wavegrid.engine.core.trade.SignalEngine;
import io.wavegrid.market.api.Candle;
import io.wavegrid.market.api.MarketDataListener;
import io.wavegrid.market.api.Timeframe;
import io.wavegrid.signal.api.Category;
import io.wavegrid.signal.api.Direction;
import io.wavegrid.signal.api.Evidence;
import io.wavegrid.signal.api.SignalStatus;
import io.wavegrid.signal.api.TradingSignal;

import org.junit.jupiter.api.Test;

/** The kernel wired with the signal engine the way EngineComponent wires it: bars in, trading signals out. */
class TradingSignalFlowTest {

    private static final long T0 = candle(BTC, 0, 100).openTime();

    private final List<TradingSignal> events = Collections.synchronizedList(new ArrayList<>());
    private final List<String> order = Collections.synchronizedList(new ArrayList<>());
    private final SignalPublisher publisher = new SignalPublisher();
    private final SignalBook book = new SignalBook(s -> { });
    private final BarForwarder forwarder = new BarForwarder(c -> book.expireDue(c.symbol(), c.timeframe(), c.closeTime()));
    private final PluginCatalog catalog = new PluginCatalog();
    /** Score the test contributor gives each bar, by the bar's index from the first candle. */
    private final AtomicReference<double[]> script = new AtomicReference<>();

    private Kernel start(StrategyProfile profile) {
        Kernel kernel = new Kernel(new KernelSettings(1, 100, 1024), List.of(profile), new SignalEngine(publisher, book), forwarder);
        catalog.addListener(kernel);
        book.addListener(events::add);
        kernel.start();
        catalog.add(entry(PluginKind.SIGNAL_CONTRIBUTOR, "scripted", contributor("scripted", Category.TECHNICAL, 0, s -> {
            int index = (int) ((s.series().openTime(0) - T0) / 60_000);
            double[] scores = script.get();
            double score = index < scores.length ? scores[index] : 0;
            order.add("analysis " + index);
            return new Evidence(score, 0.9, "scripted " + score);
        }), Category.TECHNICAL, 0, 1));
        return kernel;
    }

    private static void drain(Kernel kernel, long bars) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (kernel.processed() + kernel.duplicates() < bars || kernel.queued() > 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("kernel did not drain");
            }
            Thread.sleep(2);
        }
    }

    private static double[] scores(int bars, int from, int to, double score) {
        double[] s = new double[bars];
        for (int i = from; i < to; i++) {
            s[i] = score;
        }
        return s;
    }

    @Test
    void aRunInOneDirectionRaisesOneSignalWithStopAndTargetsOnTheRightSide() throws Exception {
        double[] s = scores(40, 20, 26, 0.9);
        System.arraycopy(scores(40, 30, 33, 0.9), 30, s, 30, 3);
        script.set(s);
        Kernel kernel = start(StrategyProfile.seed("default"));
        for (int i = 0; i < 40; i++) {
            kernel.submit(candle(BTC, i, 100 + i * 0.1));
        }
        drain(kernel, 40);
        kernel.stop();
        List<TradingSignal> raised = events.stream().filter(e -> e.status() == SignalStatus.PENDING).toList();
        assertEquals(2, raised.size(), "one signal per run: bars 20 and 30, none for 21..25");
        TradingSignal first = raised.get(0);
        assertEquals("default.BTCUSDT.1m." + candle(BTC, 20, 100).openTime(), first.id());
        assertEquals(Direction.LONG, first.direction());
        assertTrue(first.stopLoss().compareTo(first.entry()) < 0);
        assertTrue(first.takeProfits().stream().allMatch(tp -> tp.compareTo(first.entry()) > 0));
        assertEquals(Instant.ofEpochMilli(candle(BTC, 20, 100).closeTime() + 3 * 60_000L), first.expiry());
        assertTrue(first.reasoning().get(Category.TECHNICAL).contains("scripted"));
    }

    @Test
    void anUnexecutedSignalExpiresAfterItsBarsAndTheExchangesSeeEachBarBeforeAnalysis() throws Exception {
        script.set(scores(30, 20, 21, 0.9));
        Kernel kernel = start(StrategyProfile.seed("default"));
        forwarder.add(c -> order.add("exchange " + (c.openTime() - T0) / 60_000), false);
        forwarder.add(c -> order.add("execution " + (c.openTime() - T0) / 60_000), true);
        for (int i = 0; i < 30; i++) {
            kernel.submit(candle(BTC, i, 100));
        }
        kernel.submit(candle(BTC, 29, 100)); // a duplicate reaches nobody
        drain(kernel, 31);
        kernel.stop();
        List<SignalStatus> lifecycle = events.stream().map(TradingSignal::status).toList();
        assertEquals(List.of(SignalStatus.PENDING, SignalStatus.EXPIRED), lifecycle);
        int bar = order.indexOf("exchange 23");
        assertEquals(List.of("exchange 23", "execution 23", "analysis 23"), order.subList(bar, bar + 3));
        assertEquals(1, order.stream().filter("exchange 29"::equals).count());
    }

    @Test
    void theExecutionSideHearsTheBarEndAfterTheSignalItRaised() throws Exception {
        script.set(scores(30, 20, 21, 0.9));
        Kernel kernel = start(StrategyProfile.seed("default"));
        book.addListener(signal -> order.add("signal " + signal.status()));
        forwarder.add(new MarketDataListener() {
            @Override
            public void onCandle(Candle candle) {
            }

            @Override
            public void afterBar(Candle candle) {
                order.add("bar done " + (candle.openTime() - T0) / 60_000);
            }
        }, true);
        for (int i = 0; i < 22; i++) {
            kernel.submit(candle(BTC, i, 100));
        }
        drain(kernel, 22);
        kernel.stop();
        int bar = order.indexOf("analysis 20");
        assertEquals(List.of("analysis 20", "signal PENDING", "bar done 20", "analysis 21"), order.subList(bar, bar + 4));
    }

    @Test
    void anOppositeRunCancelsTheOpenSignalInsteadOfLeavingBothOpen() throws Exception {
        double[] s = scores(30, 20, 22, 0.9);
        s[22] = -0.9;
        script.set(s);
        Kernel kernel = start(new StrategyProfile("default", StrategyProfile.seed("d").categoryWeights(), Map.of(),
                Set.of(), Set.of(), Set.of(), 0.3, 0.5, null, 10, 1.5));
        for (int i = 0; i < 24; i++) {
            kernel.submit(candle(BTC, i, 100));
        }
        drain(kernel, 24);
        kernel.stop();
        assertEquals(List.of("LONG PENDING", "LONG CANCELLED", "SHORT PENDING"),
                events.stream().map(e -> e.direction() + " " + e.status()).toList());
    }

    @Test
    void aHigherTimeframeThatLeansTheOtherWayHoldsTheSignalBack() throws Exception {
        script.set(scores(30, 20, 30, 0.9));
        StrategyProfile confirmed = new StrategyProfile("default", StrategyProfile.seed("d").categoryWeights(), Map.of(),
                Set.of(), Set.of(), Set.of(), 0.3, 0.5, Timeframe.H1, 3, 1.5);
        Kernel kernel = start(confirmed);
        long hour = T0 / 3_600_000 * 3_600_000 - 3_600_000;
        // The scripted contributor scores the hour bar from its (negative) index: no score, so a neutral lean.
        kernel.submit(new Candle(BTC, Timeframe.H1, hour, 100, 101, 99, 100, 10));
        for (int i = 0; i < 30; i++) {
            kernel.submit(candle(BTC, i, 100));
        }
        drain(kernel, 31);
        kernel.stop();
        assertEquals(List.of(), events, "a higher timeframe without a lean confirms nothing");
        assertTrue(publisher.latest("default", BTC, Timeframe.M1).orElseThrow().direction() == Direction.LONG);
        assertEquals(1, book.scan(Set.of(BTC), Set.of(Timeframe.M1)).size(), "the setup still shows in a scan");
    }
}
