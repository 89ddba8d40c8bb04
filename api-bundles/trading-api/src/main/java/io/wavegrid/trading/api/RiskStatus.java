package io.wavegrid.trading.api;

import java.time.Instant;
import java.util.Objects;

/**
 * The risk manager at a glance, for operators: what the console and the REST API show.
 *
 * @param cause           why the state is not ACTIVE (the limit breached and its values); empty when ACTIVE
 * @param since           when the state last changed, on the engine's clock; null if it never changed
 * @param emergencyReason who stopped trading and why; empty unless emergency stopped
 */
public record RiskStatus(TradingState state, String cause, Instant since, RiskLimits limits,
                         boolean emergencyStopped, String emergencyReason) {

    public RiskStatus {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(limits, "limits");
        cause = cause == null ? "" : cause;
        emergencyReason = emergencyReason == null ? "" : emergencyReason;
    }
}
