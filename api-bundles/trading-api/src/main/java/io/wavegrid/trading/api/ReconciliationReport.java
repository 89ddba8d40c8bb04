package io.wavegrid.trading.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One comparison of the order manager's view with the exchange's.
 *
 * @param corrected         journaled orders moved to the exchange's truth, resent or expired, one line each
 * @param unknownOrders     orders the exchange has that the journal does not know: reported, never adopted or
 *                          cancelled
 * @param balanceMismatches assets whose tracked balance differs from the exchange's
 * @param failures          checks that could not be made (the exchange or the journal failed), with the reason
 */
public record ReconciliationReport(Instant time, List<String> corrected, List<Order> unknownOrders,
                                   List<BalanceMismatch> balanceMismatches, List<String> failures) {

    /** Tracked (from the account's fills) versus reported (by the exchange) total of one asset. */
    public record BalanceMismatch(String asset, BigDecimal tracked, BigDecimal reported) {

        public BalanceMismatch {
            Objects.requireNonNull(asset, "asset");
            Objects.requireNonNull(tracked, "tracked");
            Objects.requireNonNull(reported, "reported");
        }
    }

    public ReconciliationReport {
        Objects.requireNonNull(time, "time");
        corrected = List.copyOf(corrected);
        unknownOrders = List.copyOf(unknownOrders);
        balanceMismatches = List.copyOf(balanceMismatches);
        failures = List.copyOf(failures);
    }

    /** Whether the exchange and the order manager agreed on everything that could be checked. */
    public boolean clean() {
        return corrected.isEmpty() && unknownOrders.isEmpty() && balanceMismatches.isEmpty() && failures.isEmpty();
    }
}
