package io.wavegrid.indicator.core;

/**
 * Wilder's directional movement system: +DI, −DI and ADX.
 * <p>
 * With {@link Seeding#SMA} (Wilder's book) movement starts at the second bar, the DIs come from
 * SMA-seeded averages of the first {@code diPeriod} movements and ADX is the mean of the first
 * {@code adxPeriod} DX values, so ADX is ready after {@code diPeriod + adxPeriod} bars. With
 * {@link Seeding#FIRST_VALUE} (ta4j) the first bar counts with zero movement and range high−low and every
 * average starts at its first input.
 */
public final class DirectionalIndex {

    private final Seeding seeding;
    private final ExponentialAverage trueRange;
    private final ExponentialAverage plusMovement;
    private final ExponentialAverage minusMovement;
    private final ExponentialAverage adx;
    private final int diPeriod;
    private final int adxPeriod;
    private double previousHigh = Double.NaN;
    private double previousLow;
    private double previousClose;
    private double plusDi = Double.NaN;
    private double minusDi = Double.NaN;
    private long bars;

    public DirectionalIndex(int period, Seeding seeding) {
        this(period, period, seeding);
    }

    /** DIs smoothed over {@code diPeriod}, DX averaged over {@code adxPeriod}. */
    public DirectionalIndex(int diPeriod, int adxPeriod, Seeding seeding) {
        this.diPeriod = Periods.requirePositive("DI period", diPeriod);
        this.adxPeriod = Periods.requirePositive("ADX period", adxPeriod);
        this.seeding = seeding;
        trueRange = ExponentialAverage.wilder(diPeriod, seeding);
        plusMovement = ExponentialAverage.wilder(diPeriod, seeding);
        minusMovement = ExponentialAverage.wilder(diPeriod, seeding);
        adx = ExponentialAverage.wilder(adxPeriod, seeding);
    }

    public void update(double high, double low, double close) {
        bars++;
        boolean first = Double.isNaN(previousHigh);
        if (!first || seeding == Seeding.FIRST_VALUE) {
            double up = first ? 0 : high - previousHigh;
            double down = first ? 0 : previousLow - low;
            trueRange.update(AverageTrueRange.trueRange(high, low, first ? Double.NaN : previousClose));
            plusMovement.update(up > down && up > 0 ? up : 0);
            minusMovement.update(down > up && down > 0 ? down : 0);
            if (!Double.isNaN(trueRange.value())) {
                updateIndex();
            }
        }
        previousHigh = high;
        previousLow = low;
        previousClose = close;
    }

    private void updateIndex() {
        double range = trueRange.value();
        plusDi = range == 0 ? 0 : 100 * plusMovement.value() / range;
        minusDi = range == 0 ? 0 : 100 * minusMovement.value() / range;
        double sum = plusDi + minusDi;
        adx.update(sum == 0 ? 0 : 100 * Math.abs(plusDi - minusDi) / sum);
    }

    public double adx() {
        return adx.value();
    }

    public double plusDi() {
        return plusDi;
    }

    public double minusDi() {
        return minusDi;
    }

    public boolean isReady() {
        return bars >= warmupBars(diPeriod, adxPeriod);
    }

    /** Bars before ADX is meaningful: the DI averages need {@code diPeriod} movements, then ADX {@code adxPeriod} DX values. */
    public static int warmupBars(int diPeriod, int adxPeriod) {
        return diPeriod + adxPeriod;
    }
}
