package io.wavegrid.execution.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.function.Supplier;

import io.wavegrid.market.api.Candle;
import io.wavegrid.trading.api.ExchangeException;
import io.wavegrid.trading.api.Order;
import io.wavegrid.trading.api.OrderRequest;
import io.wavegrid.trading.api.OrderType;
import io.wavegrid.trading.api.RiskDecision;
import io.wavegrid.trading.api.TimeInForce;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Protects filled entries. The stop rests on the exchange when it takes stop orders, else the engine exits at
 * market when a candle crosses it. Take-profits are always the engine's: a spot exchange locks the base asset for
 * the stop, so a second resting sell would be refused; when a target trades, the stop is cancelled, that share
 * exits at market and the stop is placed again for the rest. Every protective order passes the risk manager as a
 * reducing order.
 */
final class Protection {

    private static final Logger LOG = LoggerFactory.getLogger(Protection.class);
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private final Parts parts;

    Protection(Parts parts) {
        this.parts = parts;
    }

    /** Once the entry has ended and all its fills are in: place the stop (or leave it to the engine). */
    void protect(Trade trade) {
        if (trade.closesPosition || !trade.claimProtection()) {
            return;
        }
        BigDecimal quantity = trade.unprotectedQuantity();
        if (quantity.signum() == 0) {
            return;
        }
        if (parts.traits().stopOrders()) {
            placeStop(trade, quantity);
        } else {
            LOG.info("Trade {} holds {} {}: stop {} watched by the engine (the exchange takes no stop orders)", trade.entryId,
                    quantity.toPlainString(), trade.intent.symbol(), trade.stop().toPlainString());
        }
    }

    /** At a candle close, on the symbol's kernel thread. */
    void onCandle(Trade trade, Candle candle) {
        if (trade.closed() || trade.closesPosition) {
            return;
        }
        if (!trade.protectionStarted()) {
            return;
        }
        if (trade.stopOrderId() == null && crossed(trade, candle)) {
            BigDecimal quantity = trade.unprotectedQuantity();
            if (quantity.signum() > 0) {
                exit(trade, quantity, unusedId(trade, trade::nextExitId), "stop " + trade.stop().toPlainString() + " crossed");
            }
            return;
        }
        if (emergencyStopped()) {
            // Moving a stop means cancelling it first, and no new one may be sent now: the resting stop stays as it is.
            return;
        }
        int reached = trade.takeReachedTargets(candle.high(), candle.low());
        if (reached > 0) {
            takeProfit(trade, reached);
        }
        if (parts.settings().trailingPercent().signum() > 0) {
            trail(trade, candle);
        }
    }

    private void takeProfit(Trade trade, int reached) {
        if (trade.stopOrderId() != null && !cancel(trade, trade.stopOrderId(), "take-profit reached")) {
            return;
        }
        int left = trade.targetsLeft();
        BigDecimal free = trade.unprotectedQuantity();
        BigDecimal share = left == 0 ? free : trade.rules.roundQuantity(free.multiply(BigDecimal.valueOf(reached))
                .divide(BigDecimal.valueOf((long) reached + left), free.scale() + 8, RoundingMode.DOWN));
        if (share.signum() > 0) {
            exit(trade, share, trade.targetId(trade.targetsHit()), "take-profit " + trade.targetsHit() + " reached");
        }
        BigDecimal rest = trade.unprotectedQuantity();
        if (rest.signum() > 0 && parts.traits().stopOrders()) {
            placeStop(trade, rest);
        }
    }

    private void trail(Trade trade, Candle candle) {
        BigDecimal best = trade.extend(candle.high(), candle.low());
        BigDecimal distance = parts.settings().trailingPercent().divide(HUNDRED);
        BigDecimal next = trade.rules.roundPrice(trade.isLong() ? best.multiply(BigDecimal.ONE.subtract(distance))
                : best.multiply(BigDecimal.ONE.add(distance)));
        boolean tighter = trade.isLong() ? next.compareTo(trade.stop()) > 0 : next.compareTo(trade.stop()) < 0;
        if (!tighter) {
            return;
        }
        trade.moveStop(next);
        if (trade.stopOrderId() != null && cancel(trade, trade.stopOrderId(), "trailing stop moved to " + next.toPlainString())) {
            BigDecimal rest = trade.unprotectedQuantity();
            if (rest.signum() > 0) {
                placeStop(trade, rest);
            }
        }
    }

    /**
     * A trade rebuilt after a restart whose position no stop protects on the exchange (the crash came between a
     * cancel and the new stop, or the stop was refused): place it again, or leave it to the engine as usual. Not while
     * an emergency stop is in force: nothing may be sent, and the engine watches the stop once re-armed.
     */
    void resume(Trade trade) {
        BigDecimal quantity = trade.unprotectedQuantity();
        if (trade.protectionStarted() && trade.stopOrderId() == null && quantity.signum() > 0 && parts.traits().stopOrders()
                && !parts.halted().get()) {
            placeStop(trade, quantity);
        }
    }

    private void placeStop(Trade trade, BigDecimal quantity) {
        BigDecimal stop = trade.rules.roundPrice(trade.stop());
        Optional<BigDecimal> last = parts.ledger().lastPrice(trade.intent.symbol());
        if (last.isPresent() && (trade.isLong() ? last.get().compareTo(stop) <= 0 : last.get().compareTo(stop) >= 0)) {
            exit(trade, quantity, unusedId(trade, trade::nextExitId), "price " + last.get().toPlainString()
                    + " already beyond the stop " + stop.toPlainString());
            return;
        }
        String id = unusedId(trade, trade::nextStopId);
        OrderRequest request = new OrderRequest(id, trade.intent.symbol(), trade.exitSide(), OrderType.STOP_MARKET, quantity,
                null, stop, TimeInForce.GTC);
        if (!allowed(request)) {
            LOG.warn("Stop {} of trade {} refused by risk: the engine watches the stop instead", id, trade.entryId);
            return;
        }
        SendResult result = parts.gateway().send(request, false);
        if (result.placed()) {
            trade.stopPlaced(id, quantity);
        } else {
            LOG.warn("Stop {} of trade {} not placed ({}): the engine watches the stop instead", id, trade.entryId, result.reason());
        }
    }

    /**
     * The next attempt's id. A rebuilt trade does not know every attempt its previous run used (one refused by risk
     * was never journaled, so the journal has gaps): its ids are checked against the journal, which the gateway would
     * otherwise take for a retry of an old order.
     */
    private String unusedId(Trade trade, Supplier<String> next) {
        String id = next.get();
        if (!trade.wasRebuilt()) {
            return id;
        }
        try {
            while (parts.journal().find(id).isPresent()) {
                id = next.get();
            }
        } catch (RuntimeException e) {
            LOG.debug("Journal unavailable checking {}; the send will find out: {}", id, e.toString());
        }
        return id;
    }

    private boolean emergencyStopped() {
        if (parts.halted().get()) {
            return true;
        }
        try {
            return parts.risk().emergencyStopped();
        } catch (RuntimeException e) {
            LOG.warn("Risk manager could not tell whether its emergency stop is in force: {}", e.toString());
            return true;
        }
    }

    /** Sends a reducing market order; returns whether the exchange has it. */
    boolean exit(Trade trade, BigDecimal quantity, String id, String why) {
        OrderRequest request = new OrderRequest(id, trade.intent.symbol(), trade.exitSide(), OrderType.MARKET, quantity,
                null, null, TimeInForce.GTC);
        if (!allowed(request)) {
            LOG.warn("Exit {} of trade {} ({}) refused by risk", id, trade.entryId, why);
            return false;
        }
        SendResult result = parts.gateway().send(request, false);
        if (result.placed()) {
            trade.exitPlaced(id, quantity);
            // Logged once the order is out: the log line is the slowest part of an exit on the trading thread.
            LOG.info("Trade {}: {}; exiting {} at market ({})", trade.entryId, why, quantity.toPlainString(), id);
            return true;
        }
        LOG.warn("Exit {} of trade {} not placed: {}", id, trade.entryId, result.reason());
        return false;
    }

    /** Cancels one of the trade's protective orders; true when it no longer works. */
    boolean cancel(Trade trade, String id, String why) {
        try {
            Order cancelled = parts.exchange().cancel(trade.intent.symbol(), id);
            parts.gateway().updates().apply(cancelled);
            parts.audit().record(Audit.SYSTEM, "order.cancel", id, why);
            trade.exitEnded(id);
            return true;
        } catch (ExchangeException e) {
            LOG.warn("Cancel of {} ({}) failed: {} {}", id, why, e.reason(), e.getMessage());
            return false;
        }
    }

    private boolean allowed(OrderRequest request) {
        try {
            RiskDecision decision = parts.risk().validate(request, true,
                    parts.view().context(parts.ledger().lastPrice(request.symbol()).orElse(null), parts.instruments()
                            .cached(request.symbol()).orElse(null)));
            return decision.verdict() != RiskDecision.Verdict.REJECT;
        } catch (RuntimeException e) {
            LOG.warn("Risk manager failed validating {}: {}", request.clientOrderId(), e.toString());
            return false;
        }
    }

    /** Whether the candle traded through the trade's stop. */
    static boolean crossed(Trade trade, Candle candle) {
        double stop = trade.stop().doubleValue();
        return trade.isLong() ? candle.low() <= stop : candle.high() >= stop;
    }
}
