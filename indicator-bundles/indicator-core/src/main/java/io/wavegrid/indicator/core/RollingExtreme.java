package io.wavegrid.indicator.core;

/**
 * Highest or lowest of the last {@code length} values with a monotonic deque: amortised O(1) per value,
 * exact, and no allocation after construction.
 */
public final class RollingExtreme {

    private final int length;
    private final boolean highest;
    private final double[] dequeValues;
    private final long[] dequeSequence;
    private int first;
    private int count;
    private long sequence;

    private RollingExtreme(int length, boolean highest) {
        this.length = Periods.requirePositive("window length", length);
        this.highest = highest;
        dequeValues = new double[length];
        dequeSequence = new long[length];
    }

    public static RollingExtreme highest(int length) {
        return new RollingExtreme(length, true);
    }

    public static RollingExtreme lowest(int length) {
        return new RollingExtreme(length, false);
    }

    public void add(double x) {
        sequence++;
        if (count > 0 && dequeSequence[first] <= sequence - length) {
            first = next(first);
            count--;
        }
        while (count > 0 && dominates(x, dequeValues[last()])) {
            count--;
        }
        int slot = (first + count) % length;
        dequeValues[slot] = x;
        dequeSequence[slot] = sequence;
        count++;
    }

    private boolean dominates(double x, double other) {
        return highest ? x >= other : x <= other;
    }

    private int last() {
        return (first + count - 1) % length;
    }

    private int next(int i) {
        return i + 1 == length ? 0 : i + 1;
    }

    /** Extreme of the values seen in the window; NaN before the first value. */
    public double value() {
        return count == 0 ? Double.NaN : dequeValues[first];
    }

    /** How many values back the extreme lies (0 = the latest value). */
    public int barsSinceExtreme() {
        return count == 0 ? -1 : (int) (sequence - dequeSequence[first]);
    }

    public boolean isFull() {
        return sequence >= length;
    }
}
