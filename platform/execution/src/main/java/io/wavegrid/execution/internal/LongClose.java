package io.wavegrid.execution.internal;

import java.math.BigDecimal;

import io.wavegrid.infra.api.StoreUnavailableException;
import io.wavegrid.market.api.Side;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.trading.api.Balance;
import io.wavegrid.trading.api.ExchangeException;
import io.wavegrid.trading.api.InstrumentRules;
import io.wavegrid.trading.api.Order;
import io.wavegrid.trading.api.OrderRequest;
import io.wavegrid.trading.api.OrderType;
import io.wavegrid.trading.api.Position;
import io.wavegrid.trading.api.RiskDecision;
import io.wavegrid.trading.api.TimeInForce;
import io.wavegrid.trading.api.TradeIntent;
import io.wavegrid.trading.api.TradeOutcome;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prepares the sale that closes a spot long for a SELL intent. The exchange locks the base asset for every working
 * sell (the trades' stops, take-profit and stop exits still filling, an earlier close), so those are cancelled first,
 * after the long's working buy entries (whose cancel may protect what they bought with one more stop); then only what
 * the exchange reports free is sold. A remainder the exchange cannot trade (under its step, minimum quantity or
 * minimum notional) is dust, not a position: nothing is cancelled or sent for it.
 */
final class LongClose {

    private static final Logger LOG = LoggerFactory.getLogger(LongClose.class);

    /** The sale to send, or why there is none. */
    record Plan(Trade trade, OrderRequest request, TradeOutcome refusal) {

        static Plan refused(String signal, String reason) {
            return new Plan(null, null, TradeOutcome.rejected(signal, null, reason));
        }
    }

    private final Parts parts;
    private final Executions executions;

    LongClose(Parts parts, Executions executions) {
        this.parts = parts;
        this.executions = executions;
    }

    /** @param price the price the close is valued at (the last price, else the signal's entry) */
    Plan plan(TradeIntent intent, String key, String entryId, InstrumentRules rules, boolean fromSignal, BigDecimal price) {
        Symbol symbol = intent.symbol();
        String signal = intent.signalId();
        BigDecimal held = parts.ledger().position(symbol).map(Position::quantity).orElse(BigDecimal.ZERO);
        if (held.signum() <= 0) {
            return Plan.refused(signal, "spot account cannot open a short: no " + symbol.base() + " position to close");
        }
        String dust = dust(held, rules, price);
        if (dust != null) {
            return Plan.refused(signal, "spot account cannot open a short: no " + symbol.base() + " position to close ("
                    + held.toPlainString() + " " + symbol.base() + " left is dust: " + dust + ")");
        }
        String why = "a SELL signal closes the " + symbol + " long";
        try {
            cancelWorking(symbol, Side.BUY, why);
            cancelWorking(symbol, Side.SELL, why);
        } catch (StoreUnavailableException e) {
            return Plan.refused(signal, "order journal unavailable, cannot free the " + symbol.base() + " to sell: " + e.getMessage());
        }
        BigDecimal free;
        try {
            free = free(symbol.base());
        } catch (ExchangeException e) {
            return Plan.refused(signal, "balances unavailable, nothing sold: " + e.getMessage());
        }
        held = parts.ledger().position(symbol).map(Position::quantity).orElse(BigDecimal.ZERO);
        BigDecimal quantity = rules.roundQuantity(held.min(free));
        String left = dust(quantity, rules, price);
        if (left != null) {
            return Plan.refused(signal, "only " + free.toPlainString() + " of the " + held.toPlainString() + " " + symbol.base()
                    + " held is free on the exchange, and selling it is refused: " + left);
        }
        OrderRequest request = new OrderRequest(entryId, symbol, Side.SELL, OrderType.MARKET, quantity, null, null, TimeInForce.GTC);
        try {
            RiskDecision valid = parts.risk().validate(request, true, parts.view().context(price, rules));
            if (valid.verdict() == RiskDecision.Verdict.REJECT) {
                return Plan.refused(signal, "risk: " + (valid.reason() == null || valid.reason().isBlank() ? "order refused"
                        : valid.reason()));
            }
        } catch (RuntimeException e) {
            return Plan.refused(signal, "risk manager failed: " + e.getMessage());
        }
        return new Plan(new Trade(intent, key, entryId, quantity, rules, fromSignal, true), request, null);
    }

    /** The close is on the exchange: the long's trades hold nothing more to protect. */
    void closed(Symbol symbol, Trade close) {
        for (Trade open : parts.trades().open(symbol)) {
            if (open != close) {
                open.close();
            }
        }
        parts.trades().prune();
    }

    /** Why {@code quantity} cannot trade on the exchange, or null when it can. */
    static String dust(BigDecimal quantity, InstrumentRules rules, BigDecimal price) {
        BigDecimal rounded = rules.roundQuantity(quantity);
        if (rounded.signum() <= 0) {
            return "under the exchange's step size " + rules.stepSize().toPlainString();
        }
        if (rules.minQuantity() != null && rounded.compareTo(rules.minQuantity()) < 0) {
            return "under the exchange's minimum quantity " + rules.minQuantity().toPlainString();
        }
        if (rules.minNotional() != null && price != null && rounded.multiply(price).compareTo(rules.minNotional()) < 0) {
            return "worth about " + rounded.multiply(price).stripTrailingZeros().toPlainString() + " " + rules.symbol().quote()
                    + ", under the exchange's minimum notional " + rules.minNotional().toPlainString();
        }
        return null;
    }

    private void cancelWorking(Symbol symbol, Side side, String why) {
        for (Order working : parts.journal().working(symbol, side)) {
            cancel(symbol, working.clientOrderId(), why);
        }
    }

    private void cancel(Symbol symbol, String id, String why) {
        try {
            Order cancelled = parts.exchange().cancel(symbol, id);
            parts.audit().record(Audit.SYSTEM, "order.cancel", id, why);
            parts.gateway().updates().apply(cancelled);
            executions.route(cancelled);
        } catch (ExchangeException e) {
            // Filled or gone meanwhile: the free balance read next tells what can be sold.
            LOG.warn("Cancel of {} ({}) failed: {} {}", id, why, e.reason(), e.getMessage());
        }
    }

    private BigDecimal free(String asset) throws ExchangeException {
        for (Balance balance : parts.exchange().balances()) {
            if (balance.asset().equals(asset)) {
                return balance.free();
            }
        }
        return BigDecimal.ZERO;
    }
}
