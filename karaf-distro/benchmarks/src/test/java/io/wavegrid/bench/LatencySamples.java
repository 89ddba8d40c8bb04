package io.wavegrid.bench;

import java.util.Arrays;

/** Nanosecond samples from one writer thread, read once at the end. */
final class LatencySamples {

    private long[] values;
    private int size;

    LatencySamples(int expected) {
        values = new long[Math.max(16, expected)];
    }

    void add(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
    }

    int size() {
        return size;
    }

    double percentileMicros(double percentile) {
        if (size == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        int index = (int) Math.min(size - 1, Math.ceil(percentile / 100 * size) - 1);
        return sorted[Math.max(0, index)] / 1000.0;
    }

    /** Count and percentiles, e.g. {@code 30,978: p50 21.0 us, p99 80.2 us, p99.9 410.7 us}. */
    String summary() {
        return String.format("%,d: p50 %.1f us, p99 %.1f us, p99.9 %.1f us", size, percentileMicros(50), percentileMicros(99),
                percentileMicros(99.9));
    }
}
