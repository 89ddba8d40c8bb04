package io.wavegrid.signal.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Whiteboard listener for aggregations. The engine calls it on its shard thread: hand the signal off
 * (queue, async send) and return at once.
 */
@ConsumerType
public interface SignalListener {

    void onSignal(AggregatedSignal signal);
}
