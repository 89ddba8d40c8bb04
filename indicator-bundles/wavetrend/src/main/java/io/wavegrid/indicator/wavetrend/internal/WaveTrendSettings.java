package io.wavegrid.indicator.wavetrend.internal;

import io.wavegrid.indicator.core.Periods;

/** Validated WaveTrend lengths. */
record WaveTrendSettings(int channelLength, int averageLength, int signalLength) {

    WaveTrendSettings {
        Periods.requirePositive("channelLength", channelLength);
        Periods.requirePositive("averageLength", averageLength);
        Periods.requirePositive("signalLength", signalLength);
    }

    int warmup() {
        return WaveTrendCalculator.warmup(channelLength, averageLength, signalLength);
    }

    WaveTrendCalculator newCalculator() {
        return new WaveTrendCalculator(channelLength, averageLength, signalLength);
    }
}
