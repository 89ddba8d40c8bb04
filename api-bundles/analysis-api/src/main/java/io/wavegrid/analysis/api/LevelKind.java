package io.wavegrid.analysis.api;

public enum LevelKind {
    SUPPORT, RESISTANCE, FIB_RETRACEMENT, FIB_EXTENSION, PIVOT, TARGET, INVALIDATION
}
