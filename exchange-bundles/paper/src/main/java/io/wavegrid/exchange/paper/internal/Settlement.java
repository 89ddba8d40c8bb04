package io.wavegrid.exchange.paper.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

import io.wavegrid.market.api.Symbol;
import io.wavegrid.trading.api.Fill;
import io.wavegrid.trading.api.InstrumentRules;
import io.wavegrid.trading.api.OrderStatus;

/** Books fills: moves funds in the wallet, advances the order and releases its lock when it ends. */
final class Settlement {

    private final Wallet wallet;
    private final Pricing pricing;
    private long tradeSequence;

    Settlement(Wallet wallet, Pricing pricing) {
        this.wallet = wallet;
        this.pricing = pricing;
    }

    /**
     * Fills up to {@code quantity} at {@code price}. A buy that costs more than its lock (a market order after
     * the price rose) draws on free funds, and is cut to what the account can pay; returns the quantity filled.
     */
    BigDecimal fill(PaperOrder order, BigDecimal quantity, BigDecimal price, boolean maker, InstrumentRules rules,
                    Instant time, Events events) {
        Symbol symbol = order.request.symbol();
        BigDecimal qty = quantity;
        if (order.isBuy()) {
            BigDecimal affordable = order.lockRemaining.add(wallet.free(symbol.quote()))
                    .divide(price, rules.stepSize().scale(), RoundingMode.DOWN);
            qty = rules.roundQuantity(qty.min(affordable));
            if (qty.signum() <= 0) {
                end(order, OrderStatus.EXPIRED, time, events);
                return BigDecimal.ZERO;
            }
            BigDecimal cost = qty.multiply(price);
            wallet.spend(symbol.quote(), cost, order.lockRemaining);
            order.lockRemaining = order.lockRemaining.subtract(cost.min(order.lockRemaining));
            BigDecimal fee = pricing.fee(qty, maker);
            wallet.credit(symbol.base(), qty.subtract(fee));
            record(order, qty, price, fee, symbol.base(), maker, time, events);
        } else {
            wallet.spend(symbol.base(), qty, order.lockRemaining);
            order.lockRemaining = order.lockRemaining.subtract(qty);
            BigDecimal proceeds = qty.multiply(price);
            BigDecimal fee = pricing.fee(proceeds, maker);
            wallet.credit(symbol.quote(), proceeds.subtract(fee));
            record(order, qty, price, fee, symbol.quote(), maker, time, events);
        }
        return qty;
    }

    /** Ends the order in a terminal state, returning its unused lock to free funds. */
    void end(PaperOrder order, OrderStatus status, Instant time, Events events) {
        wallet.unlock(order.lockAsset, order.lockRemaining);
        order.lockRemaining = BigDecimal.ZERO;
        order.status = status;
        order.updated = time;
        events.update(order.snapshot());
    }

    private void record(PaperOrder order, BigDecimal qty, BigDecimal price, BigDecimal fee, String feeAsset,
                        boolean maker, Instant time, Events events) {
        order.filled = order.filled.add(qty);
        order.notional = order.notional.add(qty.multiply(price));
        order.updated = time;
        Fill fill = new Fill("paper-" + ++tradeSequence, order.request.clientOrderId(), order.exchangeOrderId,
                order.request.symbol(), order.request.side(), price, qty, fee, feeAsset, maker, time);
        order.fills.add(fill);
        events.fill(fill);
        if (order.remaining().signum() == 0) {
            end(order, OrderStatus.FILLED, time, events);
        } else {
            order.status = OrderStatus.PARTIALLY_FILLED;
            events.update(order.snapshot());
        }
    }
}
