package io.wavegrid.signal.api;

/** Lifecycle of a trading signal. */
public enum SignalStatus {
    PENDING, ACTIVE, EXECUTED, EXPIRED, CANCELLED, REJECTED;

    public boolean isTerminal() {
        return this == EXECUTED || this == EXPIRED || this == CANCELLED || this == REJECTED;
    }
}
