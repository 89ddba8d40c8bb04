package io.wavegrid.engine.api;

import java.util.List;
import java.util.Optional;

import io.wavegrid.market.api.Candle;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Timeframe;
import io.wavegrid.signal.api.AggregatedSignal;

import org.osgi.annotation.versioning.ProviderType;

/** The running kernel. */
@ProviderType
public interface Engine {

    /**
     * Queues a closed candle for its symbol's shard. Blocks while the shard's queue is full, so a fast
     * replay is slowed down rather than losing candles. A candle at or before the last one of its series
     * is counted as a duplicate and skipped.
     *
     * @throws IllegalStateException when the engine is not running
     */
    void submit(Candle candle);

    /** Runtime view of every tracked plugin, sorted by kind and name. */
    List<PluginInfo> plugins();

    /** The latest aggregation of a profile on a series. */
    Optional<AggregatedSignal> lastSignal(String profile, Symbol symbol, Timeframe timeframe);

    /** Active strategy profiles and the outcome of each one's last configuration change. */
    List<ProfileStatus> profiles();

    EngineStatus status();
}
