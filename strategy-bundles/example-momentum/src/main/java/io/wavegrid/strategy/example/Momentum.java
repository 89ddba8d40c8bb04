package io.wavegrid.strategy.example;

import io.wavegrid.market.api.CandleSeries;
import io.wavegrid.signal.api.Evidence;

/**
 * The strategy's rule, free of OSGi so it can be tested alone: the rate of change over the lookback sets
 * direction and strength; the share of bars that closed in that direction sets confidence.
 */
record Momentum(int lookback, double fullStrengthChange) {

    Momentum {
        if (lookback < 2) {
            throw new IllegalArgumentException("lookback must be at least 2, got " + lookback);
        }
        if (!(fullStrengthChange > 0) || !Double.isFinite(fullStrengthChange)) {
            throw new IllegalArgumentException("fullStrengthChange must be a positive number, got " + fullStrengthChange);
        }
    }

    /** @return evidence for the latest bar, or null until {@code lookback + 1} bars exist */
    Evidence evaluate(CandleSeries series) {
        if (series.size() <= lookback) {
            return null;
        }
        double then = series.close(lookback);
        double now = series.close(0);
        double change = (now - then) / then;
        int with = 0;
        for (int i = 0; i < lookback; i++) {
            double step = series.close(i) - series.close(i + 1);
            if (step != 0 && Math.signum(step) == Math.signum(change)) {
                with++;
            }
        }
        double score = Math.max(-1, Math.min(1, change / fullStrengthChange));
        double confidence = change == 0 ? 0 : (double) with / lookback;
        return new Evidence(score, confidence, String.format("%+.2f%% over %d bars, %d of them %s", change * 100,
                lookback, with, change >= 0 ? "up" : "down"));
    }
}
