package io.wavegrid.analysis.api;

/** Which way an analysis result points. */
public enum Bias {
    BULLISH, BEARISH, NEUTRAL
}
