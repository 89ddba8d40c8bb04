package io.wavegrid.trading.api;

import java.math.BigDecimal;

/**
 * The account's risk limits. Fractions are of the account balance (or of the equity peak for drawdown).
 *
 * @param maxRiskPerTrade what one trade may lose when its stop is hit, e.g. 0.03 for 3% of balance
 * @param maxDailyLoss    realised plus unrealised loss since 00:00 UTC at which new entries halt, e.g. 0.05
 * @param maxExposure     gross notional of all positions and open entries, as a multiple of balance, e.g. 5
 * @param maxDrawdown     fall of equity from its peak at which new entries halt, e.g. 0.15
 */
public record RiskLimits(BigDecimal maxRiskPerTrade, BigDecimal maxDailyLoss, BigDecimal maxExposure,
                         BigDecimal maxDrawdown) {

    public RiskLimits {
        requireFraction("max risk per trade", maxRiskPerTrade);
        requireFraction("max daily loss", maxDailyLoss);
        requireFraction("max drawdown", maxDrawdown);
        if (maxExposure == null || maxExposure.signum() <= 0) {
            throw new IllegalArgumentException("max exposure must be a positive multiple of balance, got " + maxExposure);
        }
    }

    /** The design's defaults: 3% per trade, 5% daily loss, 5x exposure, 15% drawdown. */
    public static RiskLimits defaults() {
        return new RiskLimits(new BigDecimal("0.03"), new BigDecimal("0.05"), new BigDecimal("5"), new BigDecimal("0.15"));
    }

    private static void requireFraction(String what, BigDecimal value) {
        if (value == null || value.signum() <= 0 || value.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException(what + " must be a fraction in (0, 1], got " + value);
        }
    }
}
