package io.wavegrid.analysis.api;

public enum PatternType {
    CANDLESTICK, CHART
}
