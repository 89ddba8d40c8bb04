package io.wavegrid.indicator.technical.internal.contributor;

/** Validated parameters of the technical contributor, captured by each evaluator when it is created. */
record TechnicalSettings(int rsiPeriod, double rsiOversold, double rsiOverbought, int macdFast, int macdSlow,
                         int macdSignal, int bollingerPeriod, double bollingerMultiplier) {

    TechnicalSettings {
        if (!(rsiOversold > 0 && rsiOversold < 50 && rsiOverbought > 50 && rsiOverbought < 100)) {
            throw new IllegalArgumentException("RSI levels must satisfy 0 < oversold < 50 < overbought < 100: "
                    + rsiOversold + ", " + rsiOverbought);
        }
        if (macdFast >= macdSlow) {
            throw new IllegalArgumentException("macdFast " + macdFast + " must be below macdSlow " + macdSlow);
        }
    }
}
