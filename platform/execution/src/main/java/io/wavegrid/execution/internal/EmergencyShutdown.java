package io.wavegrid.execution.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import io.wavegrid.market.api.Side;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.trading.api.Balance;
import io.wavegrid.trading.api.EmergencyReport;
import io.wavegrid.trading.api.ExchangeException;
import io.wavegrid.trading.api.InstrumentRules;
import io.wavegrid.trading.api.Order;
import io.wavegrid.trading.api.OrderRequest;
import io.wavegrid.trading.api.OrderStatus;
import io.wavegrid.trading.api.OrderType;
import io.wavegrid.trading.api.Position;
import io.wavegrid.trading.api.TimeInForce;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kill switch. The halt flag goes up first, so nothing new leaves even while the risk manager or the exchange is
 * slow; then every open order (the journal's and the exchange's) is cancelled and, when asked, every position closed
 * at market. Runs on the operator's thread and takes no lock the trading path holds, so a kernel thread stuck in a
 * signal listener or an exchange call cannot block it.
 */
final class EmergencyShutdown {

    private static final Logger LOG = LoggerFactory.getLogger(EmergencyShutdown.class);

    private final Parts parts;
    private final AtomicLong shutdowns = new AtomicLong();

    EmergencyShutdown(Parts parts) {
        this.parts = parts;
    }

    EmergencyReport shutdown(boolean closePositions, String actor) {
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("an emergency shutdown needs the actor who asks for it");
        }
        parts.halted().set(true);
        Instant now = parts.clock().now();
        long sequence = shutdowns.incrementAndGet();
        LOG.warn("EMERGENCY SHUTDOWN of {} by {}{}", parts.settings().account(), actor, closePositions ? ", closing positions" : "");
        parts.audit().record(actor, "emergency.shutdown", parts.settings().account(), "started; closePositions=" + closePositions);
        List<String> cancelled = new ArrayList<>();
        List<String> closed = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        try {
            parts.risk().emergencyStop(actor, "emergency shutdown of " + parts.settings().account());
        } catch (RuntimeException e) {
            failures.add("risk manager emergency stop failed: " + e.getMessage());
        }
        openOrders(failures).forEach((id, symbol) -> cancel(id, symbol, actor, cancelled, failures));
        parts.trades().all().forEach(Trade::close);
        parts.trades().prune();
        if (closePositions) {
            closeAll(now, sequence, closed, failures);
        }
        EmergencyReport report = new EmergencyReport(now, actor, cancelled, closed, failures);
        parts.audit().record(actor, "emergency.shutdown", parts.settings().account(), cancelled.size() + " cancelled, "
                + closed.size() + " closed, failures " + failures);
        LOG.warn("Emergency shutdown of {}: cancelled {}, closed {}, failures {}", parts.settings().account(), cancelled, closed, failures);
        return report;
    }

    private Map<String, Symbol> openOrders(List<String> failures) {
        Map<String, Symbol> orders = new LinkedHashMap<>();
        try {
            parts.journal().open().forEach(j -> orders.put(j.order().clientOrderId(), j.order().request().symbol()));
        } catch (RuntimeException e) {
            failures.add("journal unavailable, cancelling the exchange's open orders only: " + e.getMessage());
        }
        try {
            parts.exchange().openOrders().forEach(o -> orders.putIfAbsent(o.clientOrderId(), o.request().symbol()));
        } catch (ExchangeException e) {
            failures.add("the exchange's open orders could not be listed: " + e.reason() + " " + e.getMessage());
        }
        return orders;
    }

    private void cancel(String id, Symbol symbol, String actor, List<String> cancelled, List<String> failures) {
        try {
            Order order = parts.exchange().cancel(symbol, id);
            parts.gateway().updates().apply(order);
            parts.audit().record(actor, "order.cancel", id, "emergency shutdown");
            cancelled.add(id);
        } catch (ExchangeException e) {
            if (e.reason() != ExchangeException.Reason.NOT_FOUND) {
                failures.add(id + ": cancel failed: " + e.reason() + " " + e.getMessage());
                return;
            }
            settleMissing(id, symbol, failures);
        }
    }

    /** The exchange has no open order by this id: record why it is not open any more. */
    private void settleMissing(String id, Symbol symbol, List<String> failures) {
        try {
            Optional<Order> truth = parts.exchange().query(symbol, id);
            if (truth.isPresent() && !truth.get().status().isTerminal()) {
                failures.add(id + ": the exchange refused the cancel but still has the order " + truth.get().status());
                return;
            }
            if (truth.isPresent()) {
                parts.gateway().updates().apply(truth.get());
                return;
            }
            parts.journal().find(id).map(j -> j.order()).ifPresent(order -> {
                OrderStatus end = order.status() == OrderStatus.NEW ? OrderStatus.REJECTED : OrderStatus.EXPIRED;
                parts.gateway().updates().apply(new Order(order.request(), order.exchangeOrderId(), end, order.filledQuantity(),
                        order.averagePrice(), parts.clock().now(), "not on the exchange at the emergency shutdown"));
            });
        } catch (ExchangeException | RuntimeException e) {
            failures.add(id + ": state unknown after a refused cancel: " + e.getMessage());
        }
    }

    private void closeAll(Instant now, long sequence, List<String> closed, List<String> failures) {
        Map<String, BigDecimal> free = new HashMap<>();
        try {
            for (Balance b : parts.exchange().balances()) {
                free.put(b.asset(), b.free());
            }
        } catch (ExchangeException e) {
            failures.add("balances unavailable, closing the tracked quantities: " + e.getMessage());
        }
        for (Position position : parts.ledger().positions()) {
            Symbol symbol = position.symbol();
            try {
                InstrumentRules rules = parts.instruments().get(symbol);
                Side side = position.quantity().signum() > 0 ? Side.SELL : Side.BUY;
                BigDecimal quantity = position.quantity().abs();
                if (side == Side.SELL && free.containsKey(symbol.base())) {
                    quantity = quantity.min(free.get(symbol.base()));
                }
                quantity = rules.roundQuantity(quantity);
                if (quantity.signum() <= 0) {
                    failures.add(symbol + ": position " + position.quantity().toPlainString() + " is below the step size; not closed");
                    continue;
                }
                String key = ClientOrderIds.tradeKey("emergency", parts.settings().account() + "|" + symbol.code() + "|"
                        + now.toEpochMilli() + "|" + sequence);
                String id = ClientOrderIds.of(key, ClientOrderIds.Role.EXIT, 0, 1);
                OrderRequest request = new OrderRequest(id, symbol, side, OrderType.MARKET, quantity, null, null, TimeInForce.GTC);
                SendResult result = parts.gateway().send(request, true);
                if (result.placed()) {
                    closed.add(symbol + ": " + side + " " + quantity.toPlainString() + " at market (" + id + ")");
                } else {
                    failures.add(symbol + ": closing order " + id + " not placed: " + result.reason());
                }
            } catch (ExchangeException e) {
                failures.add(symbol + ": not closed, rules unavailable: " + e.getMessage());
            }
        }
    }
}
