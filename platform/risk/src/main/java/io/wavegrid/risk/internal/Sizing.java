package io.wavegrid.risk.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import io.wavegrid.trading.api.InstrumentRules;
import io.wavegrid.trading.api.RiskDecision;

/**
 * A quantity on its way through the checks of one decision. Each check may lower it (a resize, with its rule and
 * reason) or reject it; after every lowering the exchange's minimums are checked again, because a resize that
 * leaves an order under them must reject it rather than send something the exchange refuses.
 */
final class Sizing {

    private final InstrumentRules rules;
    private final BigDecimal price;
    private final BigDecimal requested;
    private BigDecimal quantity;
    private final List<String> resizeRules = new ArrayList<>(2);
    private final List<String> resizeReasons = new ArrayList<>(2);
    private String rejectRule;
    private String rejectReason;

    /**
     * @param rules    the symbol's rules, with a positive step size
     * @param price    the price the quantity is valued at (entry, limit or reference price), positive
     * @param quantity the quantity wanted before any check
     */
    Sizing(InstrumentRules rules, BigDecimal price, BigDecimal quantity) {
        this.rules = rules;
        this.price = price;
        this.requested = quantity;
        this.quantity = quantity;
    }

    /** amount ÷ divisor rounded down to the step size: the largest tradable quantity worth at most amount. */
    static BigDecimal floorDivide(BigDecimal amount, BigDecimal divisor, InstrumentRules rules) {
        if (amount.signum() <= 0) {
            return BigDecimal.ZERO;
        }
        // Dividing at the step's scale, rounding down, then flooring to the step is exact for any step size.
        int scale = Math.max(0, rules.stepSize().stripTrailingZeros().scale());
        return round(amount.divide(divisor, scale, RoundingMode.DOWN), rules);
    }

    /** Down to the step, without the exponent notation stripped trailing zeros leave (50, not 5E+1). */
    static BigDecimal round(BigDecimal quantity, InstrumentRules rules) {
        BigDecimal rounded = rules.roundQuantity(quantity);
        return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
    }

    BigDecimal floorDivide(BigDecimal amount, BigDecimal divisor) {
        return floorDivide(amount, divisor, rules);
    }

    /** Rounds the quantity down to the step size; counts as a resize when that lowers it. */
    void roundToStep() {
        BigDecimal rounded = round(quantity, rules);
        if (rounded.compareTo(quantity) < 0) {
            lower(rounded, "step", "quantity " + quantity.toPlainString() + " is not a multiple of the step size "
                    + rules.stepSize().toPlainString());
        }
    }

    boolean exceeds(BigDecimal limit) {
        return !rejected() && quantity.compareTo(limit) > 0;
    }

    /** Lowers the quantity to limit (already a step multiple), records why, and re-checks the minimums. */
    void lower(BigDecimal limit, String rule, String reason) {
        if (!exceeds(limit)) {
            return;
        }
        resizeRules.add(rule);
        resizeReasons.add(reason + "; resized from " + quantity.toPlainString() + " to " + limit.toPlainString());
        quantity = limit;
        checkMinimums(rule);
    }

    /** Rejects the quantity when it is zero or under the symbol's minimum quantity or notional. */
    void checkMinimums(String after) {
        if (rejected()) {
            return;
        }
        String context = after == null ? "" : " after the " + after + " check";
        if (quantity.signum() <= 0) {
            reject("min.quantity", "quantity rounds down to zero at step size " + rules.stepSize().toPlainString() + context);
        } else if (rules.minQuantity() != null && quantity.compareTo(rules.minQuantity()) < 0) {
            reject("min.quantity", "quantity " + quantity.toPlainString() + " is under the minimum "
                    + rules.minQuantity().toPlainString() + " of " + rules.symbol().code() + context);
        } else if (rules.minNotional() != null && notional().compareTo(rules.minNotional()) < 0) {
            reject("min.notional", "notional " + notional().toPlainString() + " (" + quantity.toPlainString() + " x "
                    + price.toPlainString() + ") is under the minimum " + rules.minNotional().toPlainString() + " of "
                    + rules.symbol().code() + context);
        }
    }

    void reject(String rule, String reason) {
        if (!rejected()) {
            rejectRule = rule;
            rejectReason = reason;
            quantity = BigDecimal.ZERO;
        }
    }

    boolean rejected() {
        return rejectRule != null;
    }

    BigDecimal quantity() {
        return quantity;
    }

    BigDecimal notional() {
        return quantity.multiply(price);
    }

    BigDecimal price() {
        return price;
    }

    InstrumentRules rules() {
        return rules;
    }

    /** The verdict: REJECT with the first rejection, RESIZE naming every lowering, else ACCEPT of the request. */
    RiskDecision decision(String acceptRule) {
        if (rejected()) {
            return RiskDecision.reject(rejectRule, rejectReason);
        }
        if (!resizeRules.isEmpty() && quantity.compareTo(requested) < 0) {
            return RiskDecision.resize(String.join(",", resizeRules), quantity, String.join("; ", resizeReasons));
        }
        return RiskDecision.accept(acceptRule, quantity);
    }
}
