package io.wavegrid.indicator.core;

/**
 * Wilder's average true range. The first bar has no previous close, so its true range is its high−low.
 */
public final class AverageTrueRange {

    private final ExponentialAverage average;
    private double previousClose = Double.NaN;
    private double trueRange = Double.NaN;

    public AverageTrueRange(int period, Seeding seeding) {
        average = ExponentialAverage.wilder(period, seeding);
    }

    public void update(double high, double low, double close) {
        trueRange = trueRange(high, low, previousClose);
        average.update(trueRange);
        previousClose = close;
    }

    /** True range of a bar; with a NaN previous close, just high − low. */
    public static double trueRange(double high, double low, double previousClose) {
        double range = high - low;
        if (Double.isNaN(previousClose)) {
            return range;
        }
        return Math.max(range, Math.max(Math.abs(high - previousClose), Math.abs(previousClose - low)));
    }

    public double value() {
        return average.value();
    }

    public double lastTrueRange() {
        return trueRange;
    }

    public boolean isReady() {
        return average.isReady();
    }
}
