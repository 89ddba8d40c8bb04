package io.wavegrid.indicator.core;

/**
 * Kaufman's efficiency ratio over {@code period} changes: net move divided by the sum of absolute moves,
 * 0 for pure noise, 1 for a straight line.
 */
public final class EfficiencyRatio {

    private final RollingWindow closes;
    private final RollingWindow absoluteChanges;

    public EfficiencyRatio(int period) {
        Periods.requirePositive("efficiency ratio period", period);
        closes = new RollingWindow(period + 1);
        absoluteChanges = new RollingWindow(period);
    }

    public void update(double close) {
        if (closes.size() > 0) {
            absoluteChanges.add(Math.abs(close - closes.get(0)));
        }
        closes.add(close);
    }

    /** Ratio in [0, 1]; NaN before ready; 0 when price did not move at all. */
    public double value() {
        if (!isReady()) {
            return Double.NaN;
        }
        double path = absoluteChanges.sum();
        double net = Math.abs(closes.get(0) - closes.get(closes.capacity() - 1));
        return path <= 0 ? 0 : Math.min(1, net / path);
    }

    /** Signed net move over the period, positive when price rose. */
    public double netChange() {
        return isReady() ? closes.get(0) - closes.get(closes.capacity() - 1) : Double.NaN;
    }

    public boolean isReady() {
        return closes.isFull();
    }
}
