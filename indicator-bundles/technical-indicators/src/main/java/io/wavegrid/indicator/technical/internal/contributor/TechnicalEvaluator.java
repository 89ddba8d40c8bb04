package io.wavegrid.indicator.technical.internal.contributor;

import io.wavegrid.analysis.api.AnalysisSnapshot;
import io.wavegrid.analysis.api.MarketRegime;
import io.wavegrid.analysis.api.RegimeType;
import io.wavegrid.indicator.core.DecimalText;
import io.wavegrid.indicator.core.Scores;
import io.wavegrid.indicator.core.Seeding;
import io.wavegrid.indicator.technical.internal.calculator.BollingerCalculator;
import io.wavegrid.indicator.technical.internal.calculator.MacdCalculator;
import io.wavegrid.indicator.technical.internal.calculator.RsiCalculator;
import io.wavegrid.market.api.CandleSeries;
import io.wavegrid.signal.api.Evidence;
import io.wavegrid.signal.api.EvidenceEvaluator;

/**
 * Scores RSI (mean reversion from the oversold/overbought levels), MACD (histogram relative to the band's
 * standard deviation, a fresh cross counts fully) and Bollinger %B (mean reversion from the bands), then
 * combines them. Confidence is how well the three agree; mean-reversion calls against a trending regime lose
 * a third of it.
 */
final class TechnicalEvaluator implements EvidenceEvaluator {

    private static final double RSI_WEIGHT = 0.35;
    private static final double MACD_WEIGHT = 0.35;
    private static final double BANDS_WEIGHT = 0.30;

    private final TechnicalSettings settings;
    private final RsiCalculator rsi;
    private final MacdCalculator macd;
    private final BollingerCalculator bands;
    /** The sentence of every bar is written here: an evaluator serves one series on one shard thread. */
    private final StringBuilder text = new StringBuilder(96);
    private double previousHistogram = Double.NaN;

    TechnicalEvaluator(TechnicalSettings settings) {
        this.settings = settings;
        rsi = new RsiCalculator(settings.rsiPeriod(), Seeding.SMA);
        macd = new MacdCalculator(settings.macdFast(), settings.macdSlow(), settings.macdSignal(), Seeding.SMA);
        bands = new BollingerCalculator(settings.bollingerPeriod(), settings.bollingerMultiplier());
    }

    @Override
    public Evidence evaluate(AnalysisSnapshot snapshot) {
        CandleSeries series = snapshot.series();
        rsi.update(series);
        macd.update(series);
        bands.update(series);
        double histogram = macd.value(MacdCalculator.HISTOGRAM);
        double before = previousHistogram;
        previousHistogram = histogram;
        if (!rsi.isReady() || !macd.isReady() || !bands.isReady() || Double.isNaN(before)) {
            return null;
        }
        double rsiValue = rsi.value(0);
        double rsiScore = rsiScore(rsiValue);
        boolean cross = Math.signum(histogram) != Math.signum(before) && histogram != 0;
        double deviation = (bands.value(BollingerCalculator.UPPER) - bands.value(BollingerCalculator.MIDDLE))
                / settings.bollingerMultiplier();
        double macdScore = cross ? Math.signum(histogram) : Scores.score(deviation > 0 ? histogram / deviation : 0);
        double percentB = bands.value(BollingerCalculator.PERCENT_B);
        double bandsScore = Scores.score(1 - 2 * percentB);
        double score = Scores.score(RSI_WEIGHT * rsiScore + MACD_WEIGHT * macdScore + BANDS_WEIGHT * bandsScore);
        double agreement = Scores.agreement(RSI_WEIGHT, rsiScore, MACD_WEIGHT, macdScore, BANDS_WEIGHT, bandsScore);
        double confidence = agreement * (0.4 + 0.6 * Math.abs(score));
        if (againstTrend(snapshot.regime(), rsiScore + bandsScore)) {
            confidence *= 2.0 / 3;
        }
        return new Evidence(score, Scores.confidence(confidence), reasoning(rsiValue, histogram, cross, percentB));
    }

    /** RSI to one decimal, the MACD histogram to four significant digits, %B to two decimals. */
    private String reasoning(double rsiValue, double histogram, boolean cross, double percentB) {
        text.setLength(0);
        DecimalText.fixed(text.append("RSI "), rsiValue, 1)
                .append(rsiValue <= settings.rsiOversold() ? " oversold" : rsiValue >= settings.rsiOverbought() ? " overbought" : "");
        DecimalText.signedSignificant(text.append("; MACD histogram "), histogram, 4)
                .append(cross ? (histogram > 0 ? " (bullish cross)" : " (bearish cross)") : "");
        DecimalText.fixed(text.append("; %B "), percentB, 2)
                .append(percentB < 0 ? " below the lower band" : percentB > 1 ? " above the upper band" : "");
        return text.toString();
    }

    /** +1 at or below oversold, −1 at or above overbought, linear through 0 at 50. */
    private double rsiScore(double value) {
        return value <= 50 ? Scores.score((50 - value) / (50 - settings.rsiOversold()))
                : -Scores.score((value - 50) / (settings.rsiOverbought() - 50));
    }

    private static boolean againstTrend(MarketRegime regime, double meanReversionLean) {
        if (regime == null) {
            return false;
        }
        return regime.type() == RegimeType.TRENDING_UP && meanReversionLean < 0
                || regime.type() == RegimeType.TRENDING_DOWN && meanReversionLean > 0;
    }
}
