package io.wavegrid.indicator.core;

/**
 * The last {@code capacity} values with their sum, mean and population variance, in O(1) per value.
 * <p>
 * Sums are kept of deviations from an anchor and recomputed exactly from the buffer once per
 * {@code capacity} updates (amortised O(1)). That removes the drift of add-and-subtract sums and the
 * cancellation of {@code E[x²] − E[x]²} on large prices with a small spread.
 */
public final class RollingWindow {

    private final double[] values;
    private int head;
    private int size;
    private int sinceRebase;
    private double anchor;
    private double deviationSum;
    private double squaredDeviationSum;

    public RollingWindow(int capacity) {
        values = new double[Periods.requirePositive("window length", capacity)];
    }

    public void add(double x) {
        if (size == 0) {
            anchor = x;
        }
        if (size == values.length) {
            double evicted = values[head] - anchor;
            deviationSum -= evicted;
            squaredDeviationSum -= evicted * evicted;
        } else {
            size++;
        }
        values[head] = x;
        head = head + 1 == values.length ? 0 : head + 1;
        double d = x - anchor;
        deviationSum += d;
        squaredDeviationSum += d * d;
        if (++sinceRebase >= values.length) {
            rebase();
        }
    }

    private void rebase() {
        sinceRebase = 0;
        anchor = deviationSum / size + anchor;
        double sum = 0;
        double squares = 0;
        for (int i = 0; i < size; i++) {
            double d = values[i] - anchor;
            sum += d;
            squares += d * d;
        }
        deviationSum = sum;
        squaredDeviationSum = squares;
    }

    /** Value {@code barsAgo} adds back (0 = latest); requires {@code barsAgo < size()}. */
    public double get(int barsAgo) {
        if (barsAgo < 0 || barsAgo >= size) {
            throw new IndexOutOfBoundsException("bars ago " + barsAgo + " outside window of " + size);
        }
        int i = head - 1 - barsAgo;
        return values[i < 0 ? i + values.length : i];
    }

    public double sum() {
        return deviationSum + anchor * size;
    }

    public double mean() {
        return size == 0 ? Double.NaN : anchor + deviationSum / size;
    }

    /** Population variance (divided by the number of values), never negative. */
    public double variance() {
        if (size == 0) {
            return Double.NaN;
        }
        double meanDeviation = deviationSum / size;
        return Math.max(0, squaredDeviationSum / size - meanDeviation * meanDeviation);
    }

    public double standardDeviation() {
        return Math.sqrt(variance());
    }

    public int size() {
        return size;
    }

    public int capacity() {
        return values.length;
    }

    public boolean isFull() {
        return size == values.length;
    }
}
