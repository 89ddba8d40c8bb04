package io.wavegrid.trading.api;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A rule's verdict on an order.
 *
 * @param quantity the quantity allowed: the requested one when accepted, smaller when resized, zero when rejected
 */
public record RiskDecision(Verdict verdict, BigDecimal quantity, String rule, String reason) {

    public enum Verdict {
        ACCEPT, RESIZE, REJECT
    }

    public RiskDecision {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(quantity, "quantity");
        reason = reason == null ? "" : reason;
    }

    public static RiskDecision accept(String rule, BigDecimal quantity) {
        return new RiskDecision(Verdict.ACCEPT, quantity, rule, "");
    }

    public static RiskDecision resize(String rule, BigDecimal quantity, String reason) {
        return new RiskDecision(Verdict.RESIZE, quantity, rule, reason);
    }

    public static RiskDecision reject(String rule, String reason) {
        return new RiskDecision(Verdict.REJECT, BigDecimal.ZERO, rule, reason);
    }
}
