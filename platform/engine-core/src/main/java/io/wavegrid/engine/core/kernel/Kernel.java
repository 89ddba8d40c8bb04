package io.wavegrid.engine.core.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

import io.wavegrid.engine.api.StrategyProfile;
import io.wavegrid.engine.core.plugin.PluginCatalog;
import io.wavegrid.engine.core.plugin.PluginEntry;
import io.wavegrid.market.api.Candle;
import io.wavegrid.market.api.Symbol;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The event loop: a fixed set of single-threaded shards, each owning the series of the symbols hashed to
 * it. Plugin arrivals and departures and profile changes are broadcast to every shard as commands in
 * the same queues as the candles.
 */
public final class Kernel implements PluginCatalog.Listener {

    private static final Logger LOG = LoggerFactory.getLogger(Kernel.class);
    private static final long STOP_WAIT_MS = 10_000;

    private final List<Shard> shards = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private final LongAdder processed = new LongAdder();
    private final LongAdder duplicates = new LongAdder();
    private volatile boolean running;

    public Kernel(KernelSettings settings, List<StrategyProfile> profiles, SignalSink sink) {
        this(settings, profiles, sink, KernelHooks.NONE);
    }

    public Kernel(KernelSettings settings, List<StrategyProfile> profiles, SignalSink sink, KernelHooks hooks) {
        for (int i = 0; i < settings.shards(); i++) {
            shards.add(new Shard(i, settings, profiles, sink, hooks, processed, duplicates));
        }
    }

    /** Starts the shard threads; plugins added before are attached first. */
    public synchronized void start() {
        for (Shard shard : shards) {
            Thread thread = new Thread(shard);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        running = true;
        LOG.info("Kernel started with {} shards", shards.size());
    }

    /** Lets queued events drain, then stops the shard threads. */
    public synchronized void stop() {
        running = false;
        shards.forEach(Shard::stop);
        for (Thread thread : threads) {
            try {
                thread.join(STOP_WAIT_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            if (thread.isAlive()) {
                LOG.warn("{} did not stop within {} ms", thread.getName(), STOP_WAIT_MS);
                thread.interrupt();
            }
        }
        threads.clear();
        LOG.info("Kernel stopped after {} candles", processed.sum());
    }

    public void submit(Candle candle) {
        if (!running) {
            throw new IllegalStateException("the engine is not running");
        }
        shardOf(candle.symbol()).enqueue(candle);
    }

    private Shard shardOf(Symbol symbol) {
        return shards.get(Math.floorMod(symbol.hashCode(), shards.size()));
    }

    @Override
    public void added(PluginEntry plugin) {
        if (!PluginSlot.runsPerSeries(plugin.kind())) {
            return;
        }
        plugin.startWarmUp(shards.size());
        broadcast(shard -> shard.attach(plugin));
    }

    @Override
    public void removed(PluginEntry plugin) {
        if (PluginSlot.runsPerSeries(plugin.kind())) {
            broadcast(shard -> shard.detach(plugin));
        }
    }

    public void profilesChanged(List<StrategyProfile> profiles) {
        broadcast(shard -> shard.setProfiles(profiles));
    }

    private void broadcast(Consumer<Shard> command) {
        for (Shard shard : shards) {
            shard.command(command);
        }
    }

    public boolean running() {
        return running;
    }

    public int shardCount() {
        return shards.size();
    }

    public long processed() {
        return processed.sum();
    }

    public long duplicates() {
        return duplicates.sum();
    }

    public long queued() {
        return shards.stream().mapToLong(Shard::queued).sum();
    }
}
