package io.wavegrid.risk.internal;

import java.math.BigDecimal;

import io.wavegrid.trading.api.InstrumentRules;
import io.wavegrid.trading.api.OrderRequest;
import io.wavegrid.trading.api.RiskContext;
import io.wavegrid.trading.api.RiskLimits;

/**
 * Pre-trade checks of an order that opens or adds to a position: the exchange's rules (tick, step, minimums) and the
 * account's (affordability, exposure), so that an entry not sized here (a grid order, a manual order) is held to the
 * same limits as one that was.
 */
final class EntryOrderCheck {

    private EntryOrderCheck() {
    }

    /** The context must have passed {@link ContextCheck#forEntry}. */
    static Sizing check(OrderRequest order, RiskContext context, RiskLimits limits, BigDecimal feeReserve) {
        InstrumentRules rules = context.rules();
        BigDecimal price = valuationPrice(order, context);
        Sizing sizing = new Sizing(rules, price == null ? BigDecimal.ONE : price, order.quantity());
        if (price == null) {
            sizing.reject("context", "a " + order.type() + " order is valued at the context's reference price, which must be "
                    + "positive, got " + ContextCheck.plain(context.referencePrice()));
            return sizing;
        }
        String offTick = offTick("price", order.price(), rules);
        offTick = offTick != null ? offTick : offTick("stop price", order.stopPrice(), rules);
        if (offTick != null) {
            sizing.reject("tick", offTick);
            return sizing;
        }
        sizing.roundToStep();
        sizing.checkMinimums(null);
        AccountLimits.apply(sizing, order.side(), context, limits, feeReserve);
        return sizing;
    }

    /** The order's own price when it has one (limit, else stop trigger), else the market's reference price. */
    private static BigDecimal valuationPrice(OrderRequest order, RiskContext context) {
        if (order.price() != null) {
            return order.price();
        }
        if (order.stopPrice() != null) {
            return order.stopPrice();
        }
        BigDecimal reference = context.referencePrice();
        return reference == null || reference.signum() <= 0 ? null : reference;
    }

    private static String offTick(String what, BigDecimal price, InstrumentRules rules) {
        if (price == null || price.remainder(rules.tickSize()).signum() == 0) {
            return null;
        }
        return what + " " + price.toPlainString() + " is not a multiple of the tick size "
                + rules.tickSize().toPlainString() + " of " + rules.symbol().code();
    }

    /** The same order with another quantity, for the rules to judge what would actually be sent. */
    static OrderRequest withQuantity(OrderRequest order, BigDecimal quantity) {
        if (quantity.compareTo(order.quantity()) == 0) {
            return order;
        }
        return new OrderRequest(order.clientOrderId(), order.symbol(), order.side(), order.type(), quantity,
                order.price(), order.stopPrice(), order.timeInForce());
    }
}
