package io.wavegrid.analysis.api;

/**
 * The market's state on a series.
 *
 * @param efficiencyRatio Kaufman's efficiency ratio, 0 (noise) to 1 (straight line)
 * @param volatility      ATR as a fraction of price
 * @param highVolatility  volatility above its recent norm
 */
public record MarketRegime(RegimeType type, boolean highVolatility, double adx, double efficiencyRatio,
                           double volatility) {
}
