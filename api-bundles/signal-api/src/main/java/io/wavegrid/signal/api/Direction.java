package io.wavegrid.signal.api;

public enum Direction {
    LONG, SHORT, NEUTRAL
}
