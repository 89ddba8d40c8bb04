package io.wavegrid.signal.api;

/** Lifecycle of a trading signal. */
public enum SignalStatus {
    PENDING, ACTIVE, EXECUTED, EXPIRED, CANCELLED, REJECTED;

    public boolean isTerminal() {
        return this == EXECUTED || this == EXPIRED || this == CANCELLED || this == REJECTED;
    }

    /**
     * Whether a signal may move from this state to {@code next}: PENDING to ACTIVE or any end; ACTIVE to any
     * end; nothing leaves an end state.
     */
    public boolean canMoveTo(SignalStatus next) {
        return switch (this) {
            case PENDING -> next != PENDING;
            case ACTIVE -> next.isTerminal();
            default -> false;
        };
    }
}
