package io.wavegrid.indicator.regime.internal;

import io.wavegrid.indicator.core.Periods;

/**
 * Parameters of the regime classification.
 *
 * @param enterAdx            ADX at or above which a trend starts (with the efficiency ratio)
 * @param exitAdx             ADX below which a trend ends; below {@code enterAdx}, so the regime does not flap
 * @param enterEfficiency     efficiency ratio needed to start a trend
 * @param highVolatilityRatio ATR/price above this multiple of its long-run average is high volatility
 */
record RegimeSettings(String name, int adxPeriod, int efficiencyPeriod, int atrPeriod, int volatilityNormPeriod,
                      double enterAdx, double exitAdx, double enterEfficiency, double highVolatilityRatio) {

    RegimeSettings {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("regime detector needs a name");
        }
        Periods.requirePositive("adxPeriod", adxPeriod);
        Periods.requirePositive("efficiencyPeriod", efficiencyPeriod);
        Periods.requirePositive("atrPeriod", atrPeriod);
        Periods.requirePositive("volatilityNormPeriod", volatilityNormPeriod);
        Periods.requirePositive("highVolatilityRatio", highVolatilityRatio);
        if (!(exitAdx > 0 && exitAdx <= enterAdx && enterAdx < 100)) {
            throw new IllegalArgumentException("ADX thresholds must satisfy 0 < exitAdx <= enterAdx < 100: " + exitAdx + ", " + enterAdx);
        }
        if (!(enterEfficiency >= 0 && enterEfficiency <= 1)) {
            throw new IllegalArgumentException("enterEfficiency must be within [0, 1]: " + enterEfficiency);
        }
    }

    /** The defaults of the component's configuration. */
    static RegimeSettings defaults() {
        return new RegimeSettings("market-regime", 14, 20, 14, 100, 25, 20, 0.3, 1.25);
    }
}
