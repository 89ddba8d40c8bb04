package io.wavegrid.indicator.candlestick.internal;

import io.wavegrid.analysis.api.Bias;

/**
 * The patterns recognised, with how many bars they span, which way they point, whether they are reversal
 * patterns (judged against the prior trend) and a prior reliability that seeds their confidence.
 */
enum CandlePattern {
    DOJI("doji", 1, Bias.NEUTRAL, false, 0.30),
    SPINNING_TOP("spinning-top", 1, Bias.NEUTRAL, false, 0.25),
    BULLISH_MARUBOZU("bullish-marubozu", 1, Bias.BULLISH, false, 0.50),
    BEARISH_MARUBOZU("bearish-marubozu", 1, Bias.BEARISH, false, 0.50),
    HAMMER("hammer", 1, Bias.BULLISH, true, 0.55),
    HANGING_MAN("hanging-man", 1, Bias.BEARISH, true, 0.50),
    SHOOTING_STAR("shooting-star", 1, Bias.BEARISH, true, 0.55),
    INVERTED_HAMMER("inverted-hammer", 1, Bias.BULLISH, true, 0.45),
    BULLISH_ENGULFING("bullish-engulfing", 2, Bias.BULLISH, true, 0.60),
    BEARISH_ENGULFING("bearish-engulfing", 2, Bias.BEARISH, true, 0.60),
    BULLISH_HARAMI("bullish-harami", 2, Bias.BULLISH, true, 0.45),
    BEARISH_HARAMI("bearish-harami", 2, Bias.BEARISH, true, 0.45),
    PIERCING_LINE("piercing-line", 2, Bias.BULLISH, true, 0.55),
    DARK_CLOUD_COVER("dark-cloud-cover", 2, Bias.BEARISH, true, 0.55),
    MORNING_STAR("morning-star", 3, Bias.BULLISH, true, 0.65),
    EVENING_STAR("evening-star", 3, Bias.BEARISH, true, 0.65),
    THREE_WHITE_SOLDIERS("three-white-soldiers", 3, Bias.BULLISH, false, 0.65),
    THREE_BLACK_CROWS("three-black-crows", 3, Bias.BEARISH, false, 0.65);

    private final String label;
    private final int bars;
    private final Bias bias;
    private final boolean reversal;
    private final double reliability;

    CandlePattern(String label, int bars, Bias bias, boolean reversal, double reliability) {
        this.label = label;
        this.bars = bars;
        this.bias = bias;
        this.reversal = reversal;
        this.reliability = reliability;
    }

    String label() {
        return label;
    }

    int bars() {
        return bars;
    }

    Bias bias() {
        return bias;
    }

    boolean reversal() {
        return reversal;
    }

    double reliability() {
        return reliability;
    }
}
