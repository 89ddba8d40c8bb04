package io.wavegrid.risk.internal;

import java.math.BigDecimal;

import io.wavegrid.market.api.Side;
import io.wavegrid.trading.api.RiskContext;
import io.wavegrid.trading.api.RiskLimits;

/**
 * The account-wide checks every entry passes, whether sized here or built elsewhere (a grid order): a spot BUY
 * must be payable from the balance with a reserve for fees, and the gross exposure after the entry must stay
 * within maxExposure × balance.
 */
final class AccountLimits {

    private AccountLimits() {
    }

    static void apply(Sizing sizing, Side side, RiskContext context, RiskLimits limits, BigDecimal feeReserve) {
        BigDecimal balance = context.balance();
        if (side == Side.BUY) {
            BigDecimal unitCost = sizing.price().multiply(BigDecimal.ONE.add(feeReserve));
            BigDecimal affordable = sizing.floorDivide(balance, unitCost);
            if (sizing.exceeds(affordable)) {
                sizing.lower(affordable, "affordability", "buying " + sizing.quantity().toPlainString() + " at "
                        + sizing.price().toPlainString() + " with a fee reserve of " + feeReserve.toPlainString()
                        + " costs more than the free balance " + balance.toPlainString());
            }
        }
        BigDecimal capacity = limits.maxExposure().multiply(balance);
        BigDecimal headroom = capacity.subtract(context.exposure());
        if (headroom.signum() <= 0) {
            sizing.reject("exposure", "exposure " + context.exposure().toPlainString() + " is already at the limit "
                    + capacity.toPlainString() + " (" + limits.maxExposure().toPlainString() + " x balance)");
            return;
        }
        BigDecimal allowed = sizing.floorDivide(headroom, sizing.price());
        if (sizing.exceeds(allowed)) {
            sizing.lower(allowed, "exposure", "exposure " + context.exposure().toPlainString() + " + notional "
                    + sizing.notional().toPlainString() + " would exceed the limit " + capacity.toPlainString()
                    + " (" + limits.maxExposure().toPlainString() + " x balance)");
        }
    }
}
