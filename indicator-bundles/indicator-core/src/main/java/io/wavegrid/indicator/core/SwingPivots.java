package io.wavegrid.indicator.core;

/**
 * Confirms swing highs and lows (fractals): a bar whose high is above the highs of the {@code left} bars
 * before it and not below the {@code right} bars after it. A pivot is only known {@code right} bars later,
 * which is when it is reported, so no lookahead is possible. Equal highs yield one pivot (the first).
 */
public final class SwingPivots {

    private final int left;
    private final int right;
    private final int span;
    private final double[] highs;
    private final double[] lows;
    private final long[] times;
    private long bars;
    private boolean highConfirmed;
    private boolean lowConfirmed;
    private double pivotHigh = Double.NaN;
    private double pivotLow = Double.NaN;
    private long pivotHighTime;
    private long pivotLowTime;
    private long pivotHighBar;
    private long pivotLowBar;

    public SwingPivots(int left, int right) {
        this.left = Periods.requirePositive("pivot left bars", left);
        this.right = Periods.requirePositive("pivot right bars", right);
        span = left + right + 1;
        highs = new double[span];
        lows = new double[span];
        times = new long[span];
    }

    public void update(long openTime, double high, double low) {
        int slot = (int) (bars % span);
        highs[slot] = high;
        lows[slot] = low;
        times[slot] = openTime;
        bars++;
        highConfirmed = false;
        lowConfirmed = false;
        if (bars < span) {
            return;
        }
        int candidate = slot(right);
        if (isPivot(candidate, highs, 1)) {
            highConfirmed = true;
            pivotHigh = highs[candidate];
            pivotHighTime = times[candidate];
            pivotHighBar = bars - 1 - right;
        }
        if (isPivot(candidate, lows, -1)) {
            lowConfirmed = true;
            pivotLow = lows[candidate];
            pivotLowTime = times[candidate];
            pivotLowBar = bars - 1 - right;
        }
    }

    /** {@code sign} +1 looks for a high, −1 for a low; both compared as {@code sign × value}. */
    private boolean isPivot(int candidate, double[] values, int sign) {
        double pivot = sign * values[candidate];
        for (int barsAgo = 0; barsAgo < right; barsAgo++) {
            if (sign * values[slot(barsAgo)] > pivot) {
                return false;
            }
        }
        for (int barsAgo = right + 1; barsAgo <= right + left; barsAgo++) {
            if (sign * values[slot(barsAgo)] >= pivot) {
                return false;
            }
        }
        return true;
    }

    private int slot(int barsAgo) {
        return (int) ((bars - 1 - barsAgo) % span);
    }

    /** True when the bar just added confirmed a swing high {@code right} bars back. */
    public boolean highConfirmed() {
        return highConfirmed;
    }

    public boolean lowConfirmed() {
        return lowConfirmed;
    }

    /** Price of the latest confirmed swing high; NaN before the first. */
    public double pivotHigh() {
        return pivotHigh;
    }

    public double pivotLow() {
        return pivotLow;
    }

    public long pivotHighTime() {
        return pivotHighTime;
    }

    public long pivotLowTime() {
        return pivotLowTime;
    }

    /** Zero-based index, among all bars fed, of the latest swing high. */
    public long pivotHighBar() {
        return pivotHighBar;
    }

    public long pivotLowBar() {
        return pivotLowBar;
    }

    /** Number of bars fed so far. */
    public long bars() {
        return bars;
    }

    public int right() {
        return right;
    }
}
