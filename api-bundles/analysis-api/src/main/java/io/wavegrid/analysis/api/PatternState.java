package io.wavegrid.analysis.api;

/** Life of a pattern: candlestick patterns are CONFIRMED when their last bar closes. */
public enum PatternState {
    FORMING, CONFIRMED, FAILED
}
