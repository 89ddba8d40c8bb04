package io.wavegrid.grid.api;

public enum Spacing {
    /** Equal price steps. */
    ARITHMETIC,
    /** Equal percentage steps. */
    GEOMETRIC
}
