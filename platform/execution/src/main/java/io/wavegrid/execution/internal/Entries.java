package io.wavegrid.execution.internal;

import java.math.BigDecimal;
import java.util.Optional;

import io.wavegrid.infra.api.JournaledOrder;
import io.wavegrid.infra.api.StoreUnavailableException;
import io.wavegrid.market.api.Side;
import io.wavegrid.trading.api.ExchangeException;
import io.wavegrid.trading.api.InstrumentRules;
import io.wavegrid.trading.api.Order;
import io.wavegrid.trading.api.OrderRequest;
import io.wavegrid.trading.api.OrderType;
import io.wavegrid.trading.api.RiskContext;
import io.wavegrid.trading.api.RiskDecision;
import io.wavegrid.trading.api.TimeInForce;
import io.wavegrid.trading.api.TradeIntent;
import io.wavegrid.trading.api.TradeOutcome;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a trade intent into its entry order: the risk manager sizes and validates it, the gateway journals and
 * sends it. A spot SELL intent closes the long held in the symbol instead of opening a short (see {@link LongClose}). The same intent twice
 * gives the same client order id and therefore never a second order.
 */
final class Entries {

    private static final Logger LOG = LoggerFactory.getLogger(Entries.class);

    private final Parts parts;
    private final Executions executions;
    private final LongClose longClose;

    Entries(Parts parts, Executions executions) {
        this.parts = parts;
        this.executions = executions;
        this.longClose = new LongClose(parts, executions);
    }

    TradeOutcome execute(TradeIntent intent, boolean fromSignal) {
        String signal = intent.signalId();
        String refusal = parts.entryRefusal();
        if (refusal != null) {
            return TradeOutcome.rejected(signal, null, refusal);
        }
        String key = parts.signals().tradeKey(intent.strategy(), signal);
        String entryId = ClientOrderIds.of(key, ClientOrderIds.Role.ENTRY, 0, 1);
        InstrumentRules rules;
        try {
            rules = parts.instruments().get(intent.symbol());
        } catch (ExchangeException e) {
            return journaledOr(signal, entryId, "exchange cannot trade " + intent.symbol() + ": " + e.getMessage());
        }
        if (!rules.trading()) {
            return journaledOr(signal, entryId, intent.symbol() + " is not trading on the exchange");
        }
        if (intent.side() == Side.SELL && parts.traits().spot()) {
            // Planning a close cancels working sells first: only for a signal not seen before.
            Optional<TradeOutcome> known = alreadyJournaled(signal, entryId);
            return known.isPresent() ? known.get() : closeLong(intent, key, entryId, rules, fromSignal);
        }
        RiskContext context = parts.view().context(referencePrice(intent), rules);
        BigDecimal quantity;
        try {
            RiskDecision sized = parts.risk().sizeEntry(intent, context);
            if (sized.verdict() == RiskDecision.Verdict.REJECT || sized.quantity().signum() <= 0) {
                return journaledOr(signal, entryId, "risk: " + blankTo(sized.reason(), "no quantity allowed"));
            }
            OrderRequest request = entryRequest(intent, entryId, sized.quantity(), rules);
            RiskDecision valid = parts.risk().validate(request, false, context);
            if (valid.verdict() == RiskDecision.Verdict.REJECT || valid.quantity().signum() <= 0) {
                return journaledOr(signal, entryId, "risk: " + blankTo(valid.reason(), "order refused"));
            }
            quantity = rules.roundQuantity(valid.quantity().min(sized.quantity()));
        } catch (RuntimeException e) {
            LOG.error("Risk manager failed on {}", signal, e);
            return journaledOr(signal, entryId, "risk manager failed: " + e.getMessage());
        }
        if (quantity.signum() <= 0) {
            return journaledOr(signal, entryId, "risk allowed less than the exchange's step size of " + intent.symbol());
        }
        return send(new Trade(intent, key, entryId, quantity, rules, fromSignal, false),
                entryRequest(intent, entryId, quantity, rules));
    }

    private TradeOutcome closeLong(TradeIntent intent, String key, String entryId, InstrumentRules rules, boolean fromSignal) {
        LongClose.Plan plan = longClose.plan(intent, key, entryId, rules, fromSignal, referencePrice(intent));
        if (plan.refusal() != null) {
            return plan.refusal();
        }
        TradeOutcome outcome = send(plan.trade(), plan.request());
        if (outcome.placed()) {
            longClose.closed(intent.symbol(), plan.trade());
        }
        return outcome;
    }

    /**
     * Sends a new entry. The journal tells a signal delivered again from a new one: its insert finds the id taken, and
     * the answer is then what the journal holds. So a new signal's entry costs no read of the journal before it is
     * sent; only a refusal or a repeat reads it.
     */
    private TradeOutcome send(Trade fresh, OrderRequest request) {
        String signal = fresh.intent.signalId();
        // Registered before sending: a fill may arrive on the exchange's thread before place() returns.
        Trade trade = parts.trades().add(fresh);
        if (trade != fresh) {
            return journaledOr(signal, fresh.entryId, "trade " + fresh.entryId + " is already working");
        }
        SendResult result;
        try {
            result = parts.gateway().sendIfNew(request);
        } catch (RuntimeException e) {
            // Nothing may stay registered for an order whose fate this call does not know; reconciliation owns it now.
            parts.trades().remove(trade);
            throw e;
        }
        boolean journaledNothing = result.status() == SendResult.Status.REFUSED && result.order() == null;
        if (result.status() == SendResult.Status.JOURNALED_BEFORE || journaledNothing) {
            // A refusal before the journal (a halt, a ban, the store down) must not hide an entry sent before.
            trade.close();
            parts.trades().remove(trade);
            return journaledOr(signal, fresh.entryId, result.reason());
        }
        return settle(trade, result);
    }

    /** What a send means for its trade; also used when reconciliation settles an unconfirmed entry. */
    TradeOutcome settle(Trade trade, SendResult result) {
        String signal = trade.intent.signalId();
        switch (result.status()) {
            case PLACED -> {
                executions.route(result.order());
                return TradeOutcome.placed(signal, result.order());
            }
            case UNCONFIRMED -> {
                return TradeOutcome.unconfirmed(signal, result.order(), result.reason());
            }
            default -> {
                trade.close();
                parts.trades().remove(trade);
                return TradeOutcome.rejected(signal, result.order(), result.reason());
            }
        }
    }

    /** Cancels a working entry (its signal expired or was cancelled, or the stop traded first). */
    void cancelEntry(Trade trade, String why) {
        try {
            Order cancelled = parts.exchange().cancel(trade.intent.symbol(), trade.entryId);
            parts.audit().record(Audit.SYSTEM, "order.cancel", trade.entryId, why);
            parts.gateway().updates().apply(cancelled);
            executions.route(cancelled);
        } catch (ExchangeException e) {
            LOG.warn("Cancel of entry {} ({}) failed: {} {}", trade.entryId, why, e.reason(), e.getMessage());
        }
    }

    /** The refusal, unless the entry is journaled already (the signal delivered again): then what the journal holds. */
    private TradeOutcome journaledOr(String signal, String entryId, String refusal) {
        return alreadyJournaled(signal, entryId).orElseGet(() -> TradeOutcome.rejected(signal, null, refusal));
    }

    private Optional<TradeOutcome> alreadyJournaled(String signal, String entryId) {
        Optional<Order> journaled;
        try {
            journaled = parts.journal().find(entryId).map(JournaledOrder::order);
        } catch (StoreUnavailableException e) {
            return Optional.of(TradeOutcome.rejected(signal, null, "order journal unavailable, nothing sent: " + e.getMessage()));
        }
        return journaled.map(order -> switch (order.status()) {
            case REJECTED -> TradeOutcome.rejected(signal, order, "already refused: " + blankTo(order.rejectReason(), "rejected"));
            case NEW -> TradeOutcome.unconfirmed(signal, order, "entry " + entryId + " is journaled and not yet confirmed");
            default -> TradeOutcome.placed(signal, order);
        });
    }

    private OrderRequest entryRequest(TradeIntent intent, String id, BigDecimal quantity, InstrumentRules rules) {
        boolean limit = parts.settings().entryType() == OrderType.LIMIT;
        return new OrderRequest(id, intent.symbol(), intent.side(), limit ? OrderType.LIMIT : OrderType.MARKET, quantity,
                limit ? rules.roundPrice(intent.entry()) : null, null, TimeInForce.GTC);
    }

    private BigDecimal referencePrice(TradeIntent intent) {
        if (parts.settings().entryType() == OrderType.LIMIT) {
            return intent.entry();
        }
        return parts.ledger().lastPrice(intent.symbol()).orElse(intent.entry());
    }

    private static String blankTo(String text, String fallback) {
        return text == null || text.isBlank() ? fallback : text;
    }
}
