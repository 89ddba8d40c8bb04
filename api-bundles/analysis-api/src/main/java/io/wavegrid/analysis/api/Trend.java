package io.wavegrid.analysis.api;

/** Prevailing direction of price. */
public enum Trend {
    UP, DOWN, SIDEWAYS
}
