package io.wavegrid.engine.core.kernel;

/**
 * Sizing of the kernel.
 *
 * @param shards          threads; a symbol always lands on the same one
 * @param historyCapacity closed candles kept per series, for late-arriving plugins and analyzers
 * @param queueCapacity   events a shard may hold before {@code submit} blocks
 */
public record KernelSettings(int shards, int historyCapacity, int queueCapacity) {

    public KernelSettings {
        if (shards < 1 || shards > 64) {
            throw new IllegalArgumentException("shards must be between 1 and 64: " + shards);
        }
        if (historyCapacity < 10) {
            throw new IllegalArgumentException("historyCapacity must be at least 10: " + historyCapacity);
        }
        if (queueCapacity < 16) {
            throw new IllegalArgumentException("queueCapacity must be at least 16: " + queueCapacity);
        }
    }
}
