package io.wavegrid.indicator.chart.internal;

import io.wavegrid.indicator.core.Periods;

/**
 * Parameters of chart-pattern recognition; distances are in ATRs so they suit any price and timeframe.
 *
 * @param pivotBars    bars each side of a swing point
 * @param minSwingAtr  smaller swings are ignored
 * @param equalAtr     two highs (or lows) this close are "at the same level"
 * @param depthAtr     least height of a double top/bottom, head and shoulders or triangle
 * @param poleAtr      least length of a flag or pennant pole
 * @param poleBars     most bars of a flag or pennant pole
 */
record ChartSettings(int pivotBars, int atrPeriod, double minSwingAtr, double equalAtr, double depthAtr, double poleAtr,
                     int poleBars) {

    ChartSettings {
        Periods.requirePositive("pivotBars", pivotBars);
        Periods.requirePositive("atrPeriod", atrPeriod);
        Periods.requirePositive("minSwingAtr", minSwingAtr);
        Periods.requirePositive("equalAtr", equalAtr);
        Periods.requirePositive("depthAtr", depthAtr);
        Periods.requirePositive("poleAtr", poleAtr);
        Periods.requirePositive("poleBars", poleBars);
    }

    static ChartSettings defaults() {
        return new ChartSettings(3, 14, 1.0, 0.75, 2.0, 4.0, 20);
    }
}
