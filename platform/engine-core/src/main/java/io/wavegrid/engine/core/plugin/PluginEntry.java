package io.wavegrid.engine.core.plugin;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

import io.wavegrid.engine.api.PluginInfo;
import io.wavegrid.engine.api.PluginKind;
import io.wavegrid.engine.api.PluginState;
import io.wavegrid.signal.api.Category;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One plugin service as the engine tracks it: identity, weight, health counters. Counters are written by
 * shard threads and read by the runtime view, hence the concurrent types.
 */
public final class PluginEntry {

    private static final Logger LOG = LoggerFactory.getLogger(PluginEntry.class);
    /** Logged with stack trace for the first failures, then only every Nth so a broken plugin cannot flood the log. */
    private static final int FULL_LOGS = 3;
    private static final int LOG_EVERY = 1000;

    private final long serviceId;
    private final PluginKind kind;
    private final String name;
    private final String bundle;
    private final String version;
    private final Object service;
    private final Category category;
    private final int warmupBars;
    private volatile double weight;
    private volatile PluginState state;
    private volatile long lastCandleTime;
    private volatile String lastError;
    private final LongAdder processed = new LongAdder();
    private final LongAdder errors = new LongAdder();
    private final AtomicInteger shardsWarming = new AtomicInteger();

    public PluginEntry(long serviceId, PluginKind kind, String name, String bundle, String version, Object service,
                       Category category, int warmupBars, double weight) {
        this.serviceId = serviceId;
        this.kind = kind;
        this.name = name;
        this.bundle = bundle;
        this.version = version;
        this.service = service;
        this.category = category;
        this.warmupBars = Math.max(0, warmupBars);
        this.weight = weight;
        this.state = PluginState.ACTIVE;
    }

    public long serviceId() {
        return serviceId;
    }

    public PluginKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public String bundle() {
        return bundle;
    }

    public Object service() {
        return service;
    }

    public Category category() {
        return category;
    }

    public int warmupBars() {
        return warmupBars;
    }

    public double weight() {
        return weight;
    }

    public void setWeight(double weight) {
        this.weight = weight;
    }

    public PluginState state() {
        return state;
    }

    public void markFailed(String why) {
        lastError = why;
        state = PluginState.FAILED;
    }

    /** The plugin is being warmed up on {@code shards} shards; it turns ACTIVE when the last one is done. */
    public void startWarmUp(int shards) {
        shardsWarming.set(shards);
        state = shards > 0 ? PluginState.WARMING_UP : PluginState.ACTIVE;
    }

    public void shardWarmedUp() {
        if (shardsWarming.decrementAndGet() <= 0 && state == PluginState.WARMING_UP) {
            state = PluginState.ACTIVE;
        }
    }

    /** Records a call made for a closed candle. */
    public void processed(long candleOpenTime) {
        processed.increment();
        if (candleOpenTime > lastCandleTime) {
            lastCandleTime = candleOpenTime;
        }
    }

    /** Records a failed call: counted, logged (throttled) and otherwise ignored so the kernel carries on. */
    public void failed(String during, Throwable error) {
        errors.increment();
        String message = error.getClass().getSimpleName() + (error.getMessage() == null ? "" : ": " + error.getMessage());
        lastError = during + ": " + message;
        long count = errors.sum();
        if (count <= FULL_LOGS) {
            LOG.warn("{} '{}' from {} failed during {}; skipped", kind.key(), name, bundle, during, error);
        } else if (count % LOG_EVERY == 0) {
            LOG.warn("{} '{}' from {} has failed {} times; latest: {}", kind.key(), name, bundle, count, lastError);
        }
    }

    public long errorCount() {
        return errors.sum();
    }

    public PluginInfo info(Double effectiveWeight) {
        return new PluginInfo(kind, name, bundle, version, category == null ? null : category.key(), effectiveWeight,
                state, lastCandleTime, processed.sum(), errors.sum(), lastError);
    }

    @Override
    public String toString() {
        return kind.key() + " '" + name + "' (" + bundle + " " + version + ", service " + serviceId + ")";
    }
}
