package io.wavegrid.exchange.paper.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import io.wavegrid.trading.api.InstrumentRules;
import io.wavegrid.trading.api.OrderStatus;
import io.wavegrid.trading.api.OrderType;
import io.wavegrid.trading.api.TimeInForce;

/**
 * Decides what a market move fills. Every order was placed before the move began, so its open is the first
 * price an order can meet (no lookahead). The orders share a liquidity budget of the move's volume times
 * the participation rate, oldest first, which is what makes large orders fill partially over several moves.
 * <ul>
 * <li>market: taker at the open, with slippage;</li>
 * <li>stop: triggers when the range reaches the stop, at the stop or at a worse open (gap); a stop-market
 * then fills as a market order, a stop-limit as a taker only if the trigger price is within its limit;</li>
 * <li>limit that crossed the market when placed: taker at the open while the open is within the limit;</li>
 * <li>resting limit: maker at its price when the range trades through it (touching is not enough: the
 * queue ahead of the order is unknown).</li>
 * </ul>
 */
final class MoveMatcher {

    private final Settlement settlement;
    private final Pricing pricing;
    private final BigDecimal participation;

    MoveMatcher(Settlement settlement, Pricing pricing, BigDecimal participation) {
        if (participation.signum() <= 0 || participation.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("volume participation must be in (0, 1], got " + participation);
        }
        this.settlement = settlement;
        this.pricing = pricing;
        this.participation = participation;
    }

    void match(MarketMove move, InstrumentRules rules, List<PaperOrder> orders, Instant time, Events events) {
        BigDecimal liquidity = null;
        for (PaperOrder order : orders) {
            BigDecimal triggeredAt = null;
            if (order.waitsForTrigger()) {
                BigDecimal stop = order.request.stopPrice();
                boolean reached = order.isBuy() ? move.highAtLeast(stop) : move.lowAtMost(stop);
                if (!reached) {
                    continue;
                }
                order.triggered = true;
                triggeredAt = order.isBuy() ? move.open().max(stop) : move.open().min(stop);
                order.marketable = order.request.type() == OrderType.STOP_LIMIT && withinLimit(order, triggeredAt);
                if (order.request.type() == OrderType.STOP_LIMIT && !order.marketable) {
                    continue; // rests from now on; the range before the trigger must not fill it
                }
            }
            Quote quote = quote(order, move, triggeredAt, rules);
            TimeInForce tif = order.request.timeInForce();
            if (quote != null) {
                liquidity = liquidity == null ? move.volume().multiply(participation) : liquidity;
                BigDecimal wanted = order.remaining();
                BigDecimal available = rules.roundQuantity(liquidity.min(wanted));
                if (available.signum() > 0 && !(tif == TimeInForce.FOK && available.compareTo(wanted) < 0)) {
                    liquidity = liquidity.subtract(settlement.fill(order, available, quote.price, quote.maker, rules, time, events));
                }
            }
            // a crossing order keeps taking while the market opens within its limit; once it does not, it rests
            order.marketable = order.marketable && quote != null && !quote.maker;
            if (!order.status.isTerminal() && tif != TimeInForce.GTC && !order.waitsForTrigger()) {
                settlement.end(order, OrderStatus.EXPIRED, time, events);
            }
        }
    }

    private record Quote(BigDecimal price, boolean maker) {
    }

    /** The price and role at which the order trades in this move, or null when it does not trade. */
    private Quote quote(PaperOrder order, MarketMove move, BigDecimal triggeredAt, InstrumentRules rules) {
        if (order.actsAsMarket()) {
            BigDecimal reference = triggeredAt != null ? triggeredAt : move.open();
            return new Quote(pricing.takerPrice(reference, order.isBuy(), rules.tickSize(), null), false);
        }
        BigDecimal limit = order.request.price();
        if (order.marketable) {
            BigDecimal reference = triggeredAt != null ? triggeredAt : move.open();
            if (withinLimit(order, reference)) {
                return new Quote(pricing.takerPrice(reference, order.isBuy(), rules.tickSize(), limit), false);
            }
        }
        boolean tradedThrough = order.isBuy() ? move.lowBelow(limit) : move.highAbove(limit);
        return tradedThrough ? new Quote(limit, true) : null;
    }

    private static boolean withinLimit(PaperOrder order, BigDecimal price) {
        BigDecimal limit = order.request.price();
        return order.isBuy() ? price.compareTo(limit) <= 0 : price.compareTo(limit) >= 0;
    }
}
