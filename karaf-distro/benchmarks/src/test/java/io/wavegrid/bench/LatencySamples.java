package io.wavegrid.bench;

import java.util.Arrays;

/**
 * Nanosecond samples from one writer thread, read once at the end. The writer records from the first sample on, and
 * the reader marks where the timed part starts: the writer's code is the same before and after the mark, so the JIT
 * has nothing to recompile when the timed part begins.
 */
final class LatencySamples {

    private long[] values;
    private int size;
    /** The first sample of the timed part. */
    private int from;

    LatencySamples(int expected) {
        values = new long[Math.max(16, expected)];
    }

    void add(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
    }

    /** Counts only the samples from now on; called while the writer is idle. */
    void startHere() {
        from = size;
    }

    int size() {
        return size - from;
    }

    double percentileMicros(double percentile) {
        int count = size();
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOfRange(values, from, size);
        Arrays.sort(sorted);
        int index = (int) Math.min(count - 1, Math.ceil(percentile / 100 * count) - 1);
        return sorted[Math.max(0, index)] / 1000.0;
    }

    /** How many samples of the timed part are above {@code micros}. */
    int countAbove(double micros) {
        long limit = (long) (micros * 1000);
        int count = 0;
        for (int i = from; i < size; i++) {
            if (values[i] > limit) {
                count++;
            }
        }
        return count;
    }

    /** Count and percentiles, e.g. {@code 30,978: p50 21.0 us, p99 80.2 us, p99.9 410.7 us}. */
    String summary() {
        return String.format("%,d: p50 %.1f us, p99 %.1f us, p99.9 %.1f us", size(), percentileMicros(50), percentileMicros(99),
                percentileMicros(99.9));
    }
}
