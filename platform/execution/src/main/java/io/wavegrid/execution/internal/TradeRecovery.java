package io.wavegrid.execution.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.wavegrid.execution.internal.ClientOrderIds.Parsed;
import io.wavegrid.execution.internal.ClientOrderIds.Role;
import io.wavegrid.infra.api.JournaledOrder;
import io.wavegrid.market.api.Side;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.signal.api.TradingSignal;
import io.wavegrid.trading.api.ExchangeException;
import io.wavegrid.trading.api.Fill;
import io.wavegrid.trading.api.InstrumentRules;
import io.wavegrid.trading.api.Order;
import io.wavegrid.trading.api.OrderStatus;
import io.wavegrid.trading.api.Position;
import io.wavegrid.trading.api.TradeIntent;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds at start the trades a previous run left holding, so the engine-side take-profits and trailing stop go on
 * managing positions opened before a restart. Everything comes from what is durable: the journal (the entry, the
 * resting stop with its trailed price and attempt, working exits, the take-profits already taken), the recorded
 * fills (what each trade still holds), the saved positions (what is held in all) and the signal (its take-profits:
 * among the engine's open signals, else among the recorded ones, since a filled entry's signal is EXECUTED). The
 * trades of resting orders come first; a position those do not cover (a stop the engine watches) is given to the
 * newest entries of its symbol that still hold something. A trade that cannot be rebuilt exactly is never given
 * invented prices: it is reported (see {@link RecoveryReport}) and its resting stop, if any, stays on the exchange.
 */
final class TradeRecovery {

    private static final Logger LOG = LoggerFactory.getLogger(TradeRecovery.class);
    /** How many of the account's newest fills are read to learn what each trade still holds. */
    static final int FILLS_LOOKBACK = 10_000;

    private final Parts parts;
    private final Protection protection;
    private final RecoveryReport report;
    /** Symbols with a trade reported as not rebuilt: their position is flagged already. */
    private final Set<Symbol> flagged = new HashSet<>();

    TradeRecovery(Parts parts, Protection protection, RecoveryReport report) {
        this.parts = parts;
        this.protection = protection;
        this.report = report;
    }

    void run() {
        String account = parts.settings().account();
        List<JournaledOrder> open;
        List<Fill> fills;
        try {
            open = parts.journal().open();
            fills = parts.executions().recent(account, FILLS_LOOKBACK);
        } catch (RuntimeException e) {
            report.unmanaged("", null, "the journal or the recorded fills are unavailable at start (" + e.getMessage()
                    + "), so no trade is rebuilt", "resting stops stay on the exchange");
            return;
        }
        Map<String, List<Order>> openByTrade = new LinkedHashMap<>();
        for (JournaledOrder journaled : open) {
            Parsed id = ClientOrderIds.parse(journaled.order().clientOrderId());
            if (id != null) {
                openByTrade.computeIfAbsent(id.tradeKey(), k -> new ArrayList<>()).add(journaled.order());
            }
        }
        Map<Symbol, BigDecimal> uncovered = new HashMap<>();
        Map<Symbol, Position> positions = new HashMap<>();
        parts.ledger().positions().forEach(p -> {
            uncovered.put(p.symbol(), p.quantity().abs());
            positions.put(p.symbol(), p);
        });
        Set<String> seen = new HashSet<>(openByTrade.keySet());
        openByTrade.forEach((key, orders) -> rebuildQuietly(key, orders, fills, uncovered));
        // The newest entries that still hold something by the fills take what resting orders do not cover.
        Map<String, BigDecimal> heldInWindow = TradeReplay.heldByTrade(fills);
        for (Fill fill : fills) {
            Parsed id = ClientOrderIds.parse(fill.clientOrderId());
            if (id != null && id.role() == Role.ENTRY && heldInWindow.getOrDefault(id.tradeKey(), BigDecimal.ZERO).signum() > 0
                    && positions.containsKey(fill.symbol()) && !seen.contains(id.tradeKey())
                    && !dust(fill.symbol(), uncovered.get(fill.symbol()), positions.get(fill.symbol()).averageEntry())) {
                seen.add(id.tradeKey());
                rebuildQuietly(id.tradeKey(), List.of(), fills, uncovered);
            }
        }
        for (Position position : positions.values()) {
            reportUncovered(position, uncovered.getOrDefault(position.symbol(), BigDecimal.ZERO));
        }
    }

    /**
     * Below the step size or the exchange's minimum notional at {@code price}: what no order could sell (fee remainders
     * of closed trades), not a holding to manage. Unknown rules count nothing as dust.
     */
    private boolean dust(Symbol symbol, BigDecimal quantity, BigDecimal price) {
        InstrumentRules rules;
        try {
            rules = parts.instruments().get(symbol);
        } catch (ExchangeException e) {
            return quantity.signum() <= 0;
        }
        BigDecimal rounded = rules.roundQuantity(quantity.max(BigDecimal.ZERO));
        return rounded.signum() == 0 || price != null && rounded.multiply(price).compareTo(rules.minNotional()) < 0;
    }

    private void rebuildQuietly(String key, List<Order> openOrders, List<Fill> fills, Map<Symbol, BigDecimal> uncovered) {
        try {
            rebuild(key, openOrders, fills, uncovered);
        } catch (RuntimeException e) {
            LOG.error("Trade {} not rebuilt", key, e);
            Symbol symbol = openOrders.isEmpty() ? null : openOrders.get(0).request().symbol();
            unmanaged(ClientOrderIds.of(key, Role.ENTRY, 0, 1), symbol, "rebuilding it failed: " + e,
                    TradeReplay.newestStop(openOrders));
        }
    }

    private void rebuild(String key, List<Order> openOrders, List<Fill> fills, Map<Symbol, BigDecimal> uncovered) {
        String entryId = ClientOrderIds.of(key, Role.ENTRY, 0, 1);
        Optional<Order> journaledEntry = parts.journal().find(entryId).map(JournaledOrder::order);
        if (journaledEntry.isEmpty() || journaledEntry.get().status() == OrderStatus.NEW
                || journaledEntry.get().request().side() == Side.SELL && parts.traits().spot()) {
            // No entry: an emergency close. Never sent: reconciliation resends it and rebuilds its trade. A spot SELL
            // closed a long: nothing of it to protect.
            return;
        }
        Order entry = journaledEntry.get();
        Symbol symbol = entry.request().symbol();
        Optional<Order> stop = TradeReplay.newestStop(openOrders);
        List<Fill> entryFills = parts.executions().forOrder(entryId);
        List<Fill> exitFills = TradeReplay.exitFills(key, fills);
        BigDecimal room = uncovered.getOrDefault(symbol, BigDecimal.ZERO);
        String unknown = TradeReplay.holdingUnknown(entry, entryFills, fills);
        if (unknown != null) {
            unmanaged(entryId, symbol, unknown, stop);
            return;
        }
        BigDecimal held = TradeReplay.heldByFills(symbol, entryFills, exitFills).min(room);
        if (openOrders.isEmpty() && dust(symbol, held, entry.averagePrice())) {
            return; // history: the trade ended before the restart (a fee's remainder may be left)
        }
        uncovered.put(symbol, room.subtract(held.max(BigDecimal.ZERO)));
        Optional<TradingSignal> signal = parts.signals().byTradeKey(key, symbol);
        if (signal.isEmpty()) {
            unmanaged(entryId, symbol, "its signal is gone (neither open in the signal engine nor among the "
                    + (parts.signals().recorded() ? Signals.RECORDED_LOOKBACK + " newest recorded signals of " + symbol.code()
                    : "recorded signals: no signal repository") + "), so its take-profits are unknown", stop);
            return;
        }
        InstrumentRules rules;
        try {
            rules = parts.instruments().get(symbol);
        } catch (ExchangeException e) {
            unmanaged(entryId, symbol, "the exchange's rules of " + symbol + " are unavailable: " + e.getMessage(), stop);
            return;
        }
        TradeIntent intent = SignalIntake.intent(signal.get());
        Optional<Order> lastStop = stop.isPresent() ? stop : lastJournaledStop(key, intent.takeProfits().size());
        Trade fresh = new Trade(intent, key, entryId, entry.request().quantity(), rules, true, false);
        Trade trade = TradeReplay.replay(fresh, entry, entryFills, exitFills, openOrders, stop, lastStop, room);
        // The unfilled rest of a working entry must not outlive its signal, which the engine no longer holds open.
        trade.entryDeadline(signal.get().expiry());
        if (rules.roundQuantity(trade.held()).signum() == 0 && !trade.entryWorking()) {
            unmanaged(entryId, symbol, "it holds nothing by its fills and the account's position, yet "
                    + openOrders.stream().map(Order::clientOrderId).toList() + " are open; left for the operator", stop);
            return;
        }
        parts.trades().add(trade);
        protection.resume(trade);
        report.rebuilt(trade, parts.settings().trailingPercent());
    }

    /**
     * The newest stop the journal holds for the trade in any state: where the engine last put the stop when none rests
     * now (a crash between cancelling a stop and placing the next). A stop refused before it was journaled leaves a
     * gap in the attempts, at most one at the entry, one per take-profit and one per restart in a row; the search
     * allows for that many.
     */
    private Optional<Order> lastJournaledStop(String key, int targets) {
        Order last = null;
        int misses = 0;
        for (int attempt = 1; attempt <= 9999 && misses < targets + 3; attempt++) {
            Optional<JournaledOrder> found = parts.journal().find(ClientOrderIds.of(key, Role.STOP, 0, attempt));
            if (found.isPresent()) {
                last = found.get().order();
                misses = 0;
            } else {
                misses++;
            }
        }
        return Optional.ofNullable(last);
    }

    private void unmanaged(String entryId, Symbol symbol, String reason, Optional<Order> stop) {
        flagged.add(symbol);
        report.unmanaged(entryId, symbol, reason, describe(stop));
    }

    private static String describe(Optional<Order> stop) {
        return stop.map(s -> "its stop " + s.clientOrderId() + " at " + s.request().stopPrice().toPlainString()
                + " stays on the exchange").orElse("NO stop protects it");
    }

    /** A position the rebuilt trades do not account for, beyond dust the exchange would not trade anyway. */
    private void reportUncovered(Position position, BigDecimal left) {
        if (!flagged.contains(position.symbol()) && !dust(position.symbol(), left, position.averageEntry())) {
            report.unmanaged("", position.symbol(), left.toPlainString() + " of the position " + position.quantity().toPlainString()
                    + " belongs to no trade that could be rebuilt", "the engine manages no stop, take-profit or trailing stop for it");
        }
    }
}
