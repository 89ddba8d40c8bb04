package io.wavegrid.trading.api;

import java.util.Objects;

/**
 * What became of a trade intent.
 *
 * @param entry  the entry order as journaled or acknowledged; null when the intent was refused before an order
 *               existed
 * @param reason why it was refused or is unconfirmed; empty when placed
 */
public record TradeOutcome(Status status, String signalId, Order entry, String reason) {

    public enum Status {
        /** The entry is on the exchange. */
        PLACED,
        /** The exchange did not answer in time and could not be queried; reconciliation settles it. */
        UNCONFIRMED,
        /** Refused by the risk manager, the exchange, the journal, a halt or an emergency shutdown. */
        REJECTED
    }

    public TradeOutcome {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(signalId, "signalId");
        reason = reason == null ? "" : reason;
        if (status != Status.REJECTED && entry == null) {
            throw new IllegalArgumentException("a " + status + " outcome of " + signalId + " needs its entry order");
        }
        if (status != Status.PLACED && reason.isBlank()) {
            throw new IllegalArgumentException("a " + status + " outcome of " + signalId + " needs a reason");
        }
    }

    public static TradeOutcome placed(String signalId, Order entry) {
        return new TradeOutcome(Status.PLACED, signalId, entry, "");
    }

    public static TradeOutcome unconfirmed(String signalId, Order entry, String reason) {
        return new TradeOutcome(Status.UNCONFIRMED, signalId, entry, reason);
    }

    public static TradeOutcome rejected(String signalId, Order entry, String reason) {
        return new TradeOutcome(Status.REJECTED, signalId, entry, reason);
    }

    public boolean placed() {
        return status == Status.PLACED;
    }
}
