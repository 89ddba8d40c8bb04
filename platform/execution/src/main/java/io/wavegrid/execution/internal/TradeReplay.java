package io.wavegrid.execution.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.wavegrid.execution.internal.ClientOrderIds.Parsed;
import io.wavegrid.execution.internal.ClientOrderIds.Role;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.trading.api.Fill;
import io.wavegrid.trading.api.Order;

/**
 * A trade as its journaled orders and recorded fills leave it: the pure part of {@link TradeRecovery}, which reads the
 * stores and decides what to rebuild.
 */
final class TradeReplay {

    private TradeReplay() {
    }

    /** The fills of the trade's exits and stops in the window, oldest first. */
    static List<Fill> exitFills(String key, List<Fill> window) {
        List<Fill> exits = new ArrayList<>();
        for (Fill fill : window) {
            Parsed id = ClientOrderIds.parse(fill.clientOrderId());
            if (id != null && id.tradeKey().equals(key) && id.role() != Role.ENTRY) {
                exits.add(fill);
            }
        }
        exits.sort(Comparator.comparing(Fill::time).thenComparing(Fill::tradeId));
        return exits;
    }

    /** What each trade holds by the fills in the window alone: a quick filter before the stores are asked. */
    static Map<String, BigDecimal> heldByTrade(List<Fill> window) {
        Map<String, BigDecimal> held = new HashMap<>();
        for (Fill fill : window) {
            Parsed id = ClientOrderIds.parse(fill.clientOrderId());
            if (id == null) {
                continue;
            }
            BigDecimal change = id.role() == Role.ENTRY
                    ? fill.quantity().subtract(fill.symbol().base().equals(fill.feeAsset()) ? fill.fee() : BigDecimal.ZERO)
                    : fill.quantity().negate();
            held.merge(id.tradeKey(), change, BigDecimal::add);
        }
        return held;
    }

    /** What the entry's fills bought (less a fee charged in the bought asset) minus what its exits sold. */
    static BigDecimal heldByFills(Symbol symbol, List<Fill> entryFills, List<Fill> exitFills) {
        BigDecimal held = BigDecimal.ZERO;
        for (Fill fill : entryFills) {
            held = held.add(fill.quantity()).subtract(symbol.base().equals(fill.feeAsset()) ? fill.fee() : BigDecimal.ZERO);
        }
        for (Fill fill : exitFills) {
            held = held.subtract(fill.quantity());
        }
        return held;
    }

    /**
     * The trade as its journaled orders and recorded fills leave it.
     *
     * @param stop     its stop resting on the exchange
     * @param lastStop the newest stop it journaled: the resting one, else one cancelled before the restart
     */
    static Trade replay(Trade trade, Order entry, List<Fill> entryFills, List<Fill> exitFills, List<Order> openOrders,
                        Optional<Order> stop, Optional<Order> lastStop, BigDecimal room) {
        trade.entryUpdate(entry);
        entryFills.forEach(f -> trade.fill(trade.entryId, f));
        int stopAttempts = 0;
        int exitAttempts = 0;
        exitFills.forEach(f -> trade.fill(f.clientOrderId(), f));
        List<String> ids = new ArrayList<>(exitFills.stream().map(Fill::clientOrderId).toList());
        for (Order order : openOrders) {
            ids.add(order.clientOrderId());
            if (order.clientOrderId().equals(trade.entryId)) {
                continue;
            }
            if (stop.isPresent() && order == stop.get()) {
                trade.stopPlaced(order.clientOrderId(), order.remainingQuantity());
                trade.moveStop(order.request().stopPrice());
            } else {
                trade.exitPlaced(order.clientOrderId(), order.remainingQuantity());
            }
        }
        if (lastStop.isPresent() && stop.isEmpty()) {
            // No stop rests: the engine's stop goes on from where it last put one, when that is tighter than the signal's.
            BigDecimal level = lastStop.get().request().stopPrice();
            if (level != null && (trade.isLong() ? level.compareTo(trade.stop()) > 0 : level.compareTo(trade.stop()) < 0)) {
                trade.moveStop(level);
            }
            ids.add(lastStop.get().clientOrderId());
        }
        for (String id : ids) {
            Parsed parsed = ClientOrderIds.parse(id);
            if (parsed.role() == Role.STOP) {
                stopAttempts = Math.max(stopAttempts, parsed.attempt());
            } else if (parsed.role() == Role.EXIT) {
                exitAttempts = Math.max(exitAttempts, parsed.attempt());
            }
        }
        trade.rebuilt(targetsTaken(trade, ids), stopAttempts, exitAttempts, room);
        if (trade.entryComplete()) {
            trade.claimProtection();
            trade.claimSignalSettlement();
        }
        return trade;
    }

    /** The highest take-profit whose exit was sent: a candle reaching several sends one exit, numbered by the last. */
    static int targetsTaken(Trade trade, List<String> knownIds) {
        int taken = 0;
        for (String id : knownIds) {
            Parsed parsed = ClientOrderIds.parse(id);
            if (parsed.role() == Role.TARGET) {
                taken = Math.max(taken, parsed.target());
            }
        }
        return Math.min(taken, trade.intent.takeProfits().size());
    }

    /** Why the fills on record cannot tell what the trade holds, or null when they can. */
    static String holdingUnknown(Order entry, List<Fill> entryFills, List<Fill> window) {
        BigDecimal recorded = entryFills.stream().map(Fill::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (recorded.compareTo(entry.filledQuantity()) < 0) {
            return "its entry's recorded fills (" + recorded.toPlainString() + ") fall short of what the exchange reported filled ("
                    + entry.filledQuantity().toPlainString() + "), so what it holds is not known exactly";
        }
        if (entryFills.isEmpty() || window.size() < TradeRecovery.FILLS_LOOKBACK) {
            return null;
        }
        Instant first = entryFills.get(0).time();
        Instant oldest = window.get(window.size() - 1).time();
        return oldest.isBefore(first) ? null : "its fills are older than the account's last " + TradeRecovery.FILLS_LOOKBACK
                + ", so what it still holds is not known exactly";
    }

    static Optional<Order> newestStop(List<Order> openOrders) {
        return openOrders.stream().filter(o -> {
            Parsed id = ClientOrderIds.parse(o.clientOrderId());
            return id != null && id.role() == Role.STOP;
        }).max(Comparator.comparingInt(o -> ClientOrderIds.parse(o.clientOrderId()).attempt()));
    }
}
