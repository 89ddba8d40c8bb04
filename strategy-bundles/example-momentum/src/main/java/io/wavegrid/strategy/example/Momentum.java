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

    /**
     * @param text the evaluator's own builder, reused bar after bar (the engine calls an evaluator from one
     *             thread), so the reasoning costs one String per bar
     * @return evidence for the latest bar, or null until {@code lookback + 1} bars exist
     */
    Evidence evaluate(CandleSeries series, StringBuilder text) {
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
        text.setLength(0);
        signedHundredths(text, change * 100).append("% over ").append(lookback).append(" bars, ").append(with)
                .append(" of them ").append(change >= 0 ? "up" : "down");
        return new Evidence(score, confidence, text.toString());
    }

    /**
     * {@code value} with its sign and two decimals, as {@code %+.2f} writes ordinary values, without the cost of
     * the formatter on every bar (and with a point whatever the machine's locale). A value exactly half-way
     * between two hundredths may round the other way than the formatter's (1.005 reads +1.00, not +1.01).
     */
    static StringBuilder signedHundredths(StringBuilder out, double value) {
        long hundredths = Math.round(Math.abs(value) * 100);
        out.append(value < 0 ? '-' : '+').append(hundredths / 100).append('.');
        long cents = hundredths % 100;
        return out.append(cents < 10 ? "0" : "").append(cents);
    }
}
