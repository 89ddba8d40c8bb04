package io.wavegrid.indicator.pvt.internal;

import io.wavegrid.analysis.api.AnalysisSnapshot;
import io.wavegrid.indicator.core.DecimalText;
import io.wavegrid.indicator.core.RollingExtreme;
import io.wavegrid.indicator.core.RollingWindow;
import io.wavegrid.indicator.core.Scores;
import io.wavegrid.market.api.CandleSeries;
import io.wavegrid.signal.api.Evidence;
import io.wavegrid.signal.api.EvidenceEvaluator;

/**
 * PVT above its signal line means volume flows in on rises. The gap is measured in units of the mean
 * absolute PVT step, so the score is comparable across symbols. A new price extreme that PVT does not confirm
 * (divergence) reverses the reading; confidence grows with the bar's relative volume.
 */
final class VolumeEvaluator implements EvidenceEvaluator {

    private final PvtCalculator pvt;
    private final RollingWindow steps;
    private final RollingWindow volumes;
    private final RollingExtreme highestClose;
    private final RollingExtreme lowestClose;
    private final RollingExtreme highestPvt;
    private final RollingExtreme lowestPvt;
    /** The sentence of every bar is written here: an evaluator serves one series on one shard thread. */
    private final StringBuilder text = new StringBuilder(80);
    private double previousPvt = Double.NaN;

    VolumeEvaluator(int signalPeriod, int lookback) {
        pvt = new PvtCalculator(signalPeriod);
        steps = new RollingWindow(lookback);
        volumes = new RollingWindow(lookback);
        highestClose = RollingExtreme.highest(lookback);
        lowestClose = RollingExtreme.lowest(lookback);
        highestPvt = RollingExtreme.highest(lookback);
        lowestPvt = RollingExtreme.lowest(lookback);
    }

    @Override
    public Evidence evaluate(AnalysisSnapshot snapshot) {
        CandleSeries series = snapshot.series();
        pvt.update(series);
        double value = pvt.value(PvtCalculator.PVT);
        double close = series.close(0);
        double volume = series.volume(0);
        double meanVolume = volumes.mean();
        boolean newHigh = highestClose.isFull() && close > highestClose.value();
        boolean newLow = lowestClose.isFull() && close < lowestClose.value();
        boolean pvtHigh = value >= highestPvt.value();
        boolean pvtLow = value <= lowestPvt.value();
        if (!Double.isNaN(previousPvt)) {
            steps.add(Math.abs(value - previousPvt));
        }
        previousPvt = value;
        volumes.add(volume);
        highestClose.add(close);
        lowestClose.add(close);
        highestPvt.add(value);
        lowestPvt.add(value);
        if (!pvt.isReady() || !steps.isFull() || !(meanVolume >= 0)) {
            return null;
        }
        double step = steps.mean();
        double gap = value - pvt.value(PvtCalculator.SIGNAL);
        double score = step > 0 ? Scores.score(gap / (3 * step)) : 0;
        String why;
        if (newHigh && !pvtHigh) {
            score = -0.6;
            why = "bearish divergence: price at a new high without PVT";
        } else if (newLow && !pvtLow) {
            score = 0.6;
            why = "bullish divergence: price at a new low without PVT";
        } else {
            why = gap >= 0 ? "PVT above its signal line" : "PVT below its signal line";
        }
        double relativeVolume = meanVolume > 0 ? volume / meanVolume : 1;
        double confidence = 0.3 + 0.4 * Math.min(1, relativeVolume / 2) + 0.3 * Math.abs(score);
        text.setLength(0);
        DecimalText.fixed(text.append(why).append("; relative volume "), relativeVolume, 2);
        return new Evidence(score, Scores.confidence(confidence), text.toString());
    }
}
