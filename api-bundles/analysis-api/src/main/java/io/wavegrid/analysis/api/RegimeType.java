package io.wavegrid.analysis.api;

public enum RegimeType {
    TRENDING_UP, TRENDING_DOWN, RANGING
}
