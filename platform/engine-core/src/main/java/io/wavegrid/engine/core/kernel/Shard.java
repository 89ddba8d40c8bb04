package io.wavegrid.engine.core.kernel;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

import io.wavegrid.engine.api.StrategyProfile;
import io.wavegrid.engine.core.plugin.PluginEntry;
import io.wavegrid.engine.core.signal.WeightedAggregator;
import io.wavegrid.market.api.Candle;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Timeframe;
import io.wavegrid.signal.api.ContributorScore;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One kernel thread. Candles and control commands (plugin arrived or left, profiles changed) share one
 * queue, so every change takes effect between two candles: none is lost, none is seen twice, and no
 * lock guards the per-series state.
 */
final class Shard implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(Shard.class);
    private static final Object STOP = new Object();

    private final int index;
    private final KernelSettings settings;
    private final BlockingQueue<Object> queue;
    private final SignalSink sink;
    private final KernelHooks hooks;
    private final LongAdder processed;
    private final LongAdder duplicates;
    private final Map<Symbol, Map<Timeframe, SeriesState>> series = new HashMap<>();
    private final List<PluginEntry> plugins = new ArrayList<>();
    private final List<ContributorScore> contributions = new ArrayList<>();
    private List<StrategyProfile> profiles;
    private volatile boolean stopped;

    Shard(int index, KernelSettings settings, List<StrategyProfile> profiles, SignalSink sink, KernelHooks hooks,
          LongAdder processed, LongAdder duplicates) {
        this.hooks = hooks;
        this.index = index;
        this.settings = settings;
        this.queue = new ArrayBlockingQueue<>(settings.queueCapacity());
        this.profiles = List.copyOf(profiles);
        this.sink = sink;
        this.processed = processed;
        this.duplicates = duplicates;
    }

    void enqueue(Object event) {
        if (stopped) {
            throw new IllegalStateException("the engine is stopped");
        }
        try {
            queue.put(event);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while queueing for the engine", e);
        }
    }

    /** Runs {@code command} on this shard's thread after everything queued before it. */
    void command(Consumer<Shard> command) {
        enqueue(command);
    }

    void stop() {
        enqueue(STOP);
        stopped = true;
    }

    int queued() {
        return queue.size();
    }

    @Override
    @SuppressWarnings("unchecked")
    public void run() {
        Thread.currentThread().setName("wavegrid-shard-" + index);
        while (true) {
            Object event;
            try {
                event = queue.take();
            } catch (InterruptedException e) {
                LOG.warn("Shard {} interrupted; {} events left unprocessed", index, queue.size());
                Thread.currentThread().interrupt();
                return;
            }
            if (event == STOP) {
                return;
            }
            try {
                if (event instanceof Candle candle) {
                    onCandle(candle);
                } else {
                    ((Consumer<Shard>) event).accept(this);
                }
            } catch (RuntimeException e) {
                // Plugin failures are isolated in PluginSlot; reaching here is a kernel bug, which must not
                // stop the shard either.
                LOG.error("Shard {} failed on {}", index, event, e);
            }
        }
    }

    private void onCandle(Candle candle) {
        SeriesState state = series.computeIfAbsent(candle.symbol(), s -> new EnumMap<>(Timeframe.class))
                .get(candle.timeframe());
        if (state == null) {
            state = new SeriesState(candle.symbol(), candle.timeframe(), settings.historyCapacity());
            for (PluginEntry plugin : plugins) {
                state.attach(plugin);
            }
            series.get(candle.symbol()).put(candle.timeframe(), state);
        }
        if (!state.isNext(candle)) {
            duplicates.increment();
            return;
        }
        try {
            hooks.beforeAnalysis(candle);
        } catch (RuntimeException e) {
            // The hooks guard each listener; this is a last line so one bar's hook failure cannot cost the bar.
            LOG.error("Shard {}: a pre-analysis hook failed on {}", index, candle, e);
        }
        boolean analysed = false;
        try {
            state.process(candle);
            analysed = true;
            for (StrategyProfile profile : profiles) {
                if (profile.covers(candle.symbol(), candle.timeframe())) {
                    aggregate(profile, state, candle);
                }
            }
        } finally {
            try {
                hooks.afterAnalysis(candle);
            } catch (RuntimeException e) {
                LOG.error("Shard {}: a post-analysis hook failed on {}", index, candle, e);
            }
            // Counted once the bar is done, its execution side's writes included: a caller who waits for a count and
            // an empty queue then reads what the bar wrote.
            if (analysed) {
                processed.increment();
            }
        }
    }

    private void aggregate(StrategyProfile profile, SeriesState state, Candle candle) {
        contributions.clear();
        for (PluginSlot slot : state.evaluators()) {
            PluginEntry entry = slot.entry();
            if (slot.evidence() == null || !profile.includes(entry.name())) {
                continue;
            }
            double weight = profile.contributorWeights().getOrDefault(entry.name(), entry.weight());
            if (weight > 0) {
                contributions.add(new ContributorScore(entry.name(), entry.category(), weight, slot.evidence()));
            }
        }
        sink.publish(profile, WeightedAggregator.aggregate(profile, candle.symbol(), candle.timeframe(),
                candle.openTime(), contributions), state);
    }

    void attach(PluginEntry plugin) {
        plugins.add(plugin);
        for (Map<Timeframe, SeriesState> byTimeframe : series.values()) {
            for (SeriesState state : byTimeframe.values()) {
                state.attach(plugin);
            }
        }
        plugin.shardWarmedUp();
    }

    void detach(PluginEntry plugin) {
        plugins.remove(plugin);
        for (Map<Timeframe, SeriesState> byTimeframe : series.values()) {
            for (SeriesState state : byTimeframe.values()) {
                state.detach(plugin);
            }
        }
    }

    void setProfiles(List<StrategyProfile> next) {
        profiles = List.copyOf(next);
    }
}
