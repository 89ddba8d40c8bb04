package io.wavegrid.indicator.chart.internal;

import io.wavegrid.analysis.api.Bias;

/** The chart patterns recognised, their direction and the prior reliability that seeds their confidence. */
enum ChartPattern {
    HEAD_AND_SHOULDERS("head-and-shoulders", Bias.BEARISH, 0.65),
    INVERSE_HEAD_AND_SHOULDERS("inverse-head-and-shoulders", Bias.BULLISH, 0.65),
    DOUBLE_TOP("double-top", Bias.BEARISH, 0.60),
    DOUBLE_BOTTOM("double-bottom", Bias.BULLISH, 0.60),
    ASCENDING_TRIANGLE("ascending-triangle", Bias.BULLISH, 0.55),
    DESCENDING_TRIANGLE("descending-triangle", Bias.BEARISH, 0.55),
    SYMMETRICAL_TRIANGLE("symmetrical-triangle", Bias.NEUTRAL, 0.50),
    BULL_FLAG("bull-flag", Bias.BULLISH, 0.60),
    BEAR_FLAG("bear-flag", Bias.BEARISH, 0.60),
    BULL_PENNANT("bull-pennant", Bias.BULLISH, 0.55),
    BEAR_PENNANT("bear-pennant", Bias.BEARISH, 0.55);

    private final String label;
    private final Bias bias;
    private final double reliability;

    ChartPattern(String label, Bias bias, double reliability) {
        this.label = label;
        this.bias = bias;
        this.reliability = reliability;
    }

    String label() {
        return label;
    }

    Bias bias() {
        return bias;
    }

    double reliability() {
        return reliability;
    }
}
