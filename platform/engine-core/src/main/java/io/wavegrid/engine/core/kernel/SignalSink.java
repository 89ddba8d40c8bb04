package io.wavegrid.engine.core.kernel;

import io.wavegrid.engine.api.StrategyProfile;
import io.wavegrid.signal.api.AggregatedSignal;

/** Where the kernel hands finished aggregations; called on the shard thread, so it must not block. */
public interface SignalSink {

    void publish(StrategyProfile profile, AggregatedSignal signal, BarContext bar);
}
