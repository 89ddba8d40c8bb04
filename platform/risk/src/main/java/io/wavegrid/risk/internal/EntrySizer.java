package io.wavegrid.risk.internal;

import java.math.BigDecimal;

import io.wavegrid.trading.api.RiskContext;
import io.wavegrid.trading.api.RiskDecision;
import io.wavegrid.trading.api.RiskLimits;
import io.wavegrid.trading.api.TradeIntent;

/**
 * The design's sizing: risk amount = balance × max risk per trade; quantity = risk amount ÷ stop distance, rounded
 * down to the step size; then the minimums, the affordable quantity and the exposure headroom, each of which may
 * only lower it. The trading state and emergency stop are judged by the caller first.
 */
final class EntrySizer {

    /** The verdict and the intermediate values it came from, for the audit entry. */
    record Sized(RiskDecision decision, BigDecimal riskAmount, BigDecimal formulaQuantity) {
    }

    private EntrySizer() {
    }

    /** The context must have passed {@link ContextCheck#forEntry}. */
    static Sized size(TradeIntent intent, RiskContext context, RiskLimits limits, BigDecimal feeReserve) {
        BigDecimal riskAmount = context.balance().multiply(limits.maxRiskPerTrade());
        BigDecimal quantity = Sizing.floorDivide(riskAmount, intent.stopDistance(), context.rules());
        Sizing sizing = new Sizing(context.rules(), intent.entry(), quantity);
        sizing.checkMinimums(null);
        AccountLimits.apply(sizing, intent.side(), context, limits, feeReserve);
        return new Sized(sizing.decision("sizing"), riskAmount, quantity);
    }
}
