package io.wavegrid.engine.core.kernel;

import java.util.List;
import java.util.concurrent.TimeUnit;

import io.wavegrid.engine.api.PluginKind;
import io.wavegrid.engine.core.plugin.PluginCatalog;
import io.wavegrid.engine.core.plugin.PluginEntry;
import io.wavegrid.engine.core.profile.ProfileRegistry;
import io.wavegrid.engine.core.signal.SeriesKey;
import io.wavegrid.engine.core.signal.SignalPublisher;
import io.wavegrid.market.api.Candle;
import io.wavegrid.signal.api.AggregatedSignal;
import io.wavegrid.signal.api.SignalListener;

/** A kernel wired the way EngineComponent wires it, minus OSGi. */
final class KernelHarness implements AutoCloseable {

    final PluginCatalog catalog = new PluginCatalog();
    final SignalPublisher publisher = new SignalPublisher();
    final ProfileRegistry profiles = new ProfileRegistry(() -> catalog.names(PluginKind.SIGNAL_CONTRIBUTOR));
    final Kernel kernel;
    final java.util.concurrent.BlockingQueue<AggregatedSignal> signals = new java.util.concurrent.LinkedBlockingQueue<>();

    KernelHarness(int shards) {
        kernel = new Kernel(new KernelSettings(shards, 50, 1024), profiles.active(),
                (profile, signal, bar) -> publisher.publish(
                        new SeriesKey(profile.name(), signal.symbol(), signal.timeframe()), signal));
        profiles.onChange(kernel::profilesChanged);
        catalog.addListener(kernel);
        publisher.addListener((SignalListener) signals::add);
        kernel.start();
    }

    PluginEntry add(PluginEntry entry) {
        catalog.add(entry);
        return entry;
    }

    /** Submits a candle and returns the default profile's aggregation of it. */
    AggregatedSignal process(Candle candle) throws InterruptedException {
        kernel.submit(candle);
        return nextSignal();
    }

    AggregatedSignal nextSignal() throws InterruptedException {
        AggregatedSignal s = signals.poll(10, TimeUnit.SECONDS);
        if (s == null) {
            throw new AssertionError("no aggregation within 10 s");
        }
        return s;
    }

    /** Waits until every queued event is processed. */
    void drain(long expectedProcessed) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (kernel.processed() + kernel.duplicates() < expectedProcessed || kernel.queued() > 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("kernel did not drain: processed " + kernel.processed() + ", expected " + expectedProcessed);
            }
            Thread.sleep(2);
        }
    }

    static List<String> contributorsOf(AggregatedSignal s) {
        return s.contributions().stream().map(c -> c.contributor()).sorted().toList();
    }

    @Override
    public void close() {
        kernel.stop();
    }
}
