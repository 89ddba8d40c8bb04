package io.wavegrid.grid.api;

public enum GridStatus {
    PENDING, RUNNING, PAUSED, STOPPED, FAILED
}
