package io.wavegrid.analysis.api;

/** Coarse strength of a detection. */
public enum Strength {
    WEAK, MODERATE, STRONG
}
