package io.wavegrid.trading.api;

/** Order state machine: NEW → SUBMITTED → PARTIALLY_FILLED → FILLED / CANCELLED / REJECTED / EXPIRED. */
public enum OrderStatus {
    NEW, SUBMITTED, PARTIALLY_FILLED, FILLED, CANCELLED, REJECTED, EXPIRED;

    public boolean isTerminal() {
        return this == FILLED || this == CANCELLED || this == REJECTED || this == EXPIRED;
    }

    /** Whether an update may move an order from this state to {@code next}. */
    public boolean canMoveTo(OrderStatus next) {
        if (next == this) {
            return this == PARTIALLY_FILLED;
        }
        return switch (this) {
            case NEW -> next == SUBMITTED || next == REJECTED;
            case SUBMITTED -> next != NEW;
            case PARTIALLY_FILLED -> next == FILLED || next == CANCELLED || next == EXPIRED;
            default -> false;
        };
    }
}
