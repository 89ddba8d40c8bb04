package io.wavegrid.execution.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import io.wavegrid.infra.api.JournaledOrder;
import io.wavegrid.infra.api.StoreUnavailableException;
import io.wavegrid.signal.api.SignalStatus;
import io.wavegrid.trading.api.ExecutionListener;
import io.wavegrid.trading.api.Fill;
import io.wavegrid.trading.api.Order;
import io.wavegrid.trading.api.OrderStatus;
import io.wavegrid.trading.api.Position;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the exchange's order updates and fills arrive, on whatever thread the exchange uses. Each fill is recorded
 * once, then moves the position and its trade; each update moves the journal once. Nothing thrown here reaches the
 * exchange's thread.
 */
final class Executions implements ExecutionListener {

    private static final Logger LOG = LoggerFactory.getLogger(Executions.class);
    private static final int REMEMBERED_FILLS = 100_000;

    private final Parts parts;
    private final Protection protection;
    /** Fills seen by this process, the guard when the execution store is down. */
    private final Set<String> seen = Collections.newSetFromMap(new LinkedHashMap<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED_FILLS;
        }
    });

    Executions(Parts parts, Protection protection) {
        this.parts = parts;
        this.protection = protection;
    }

    @Override
    public void onOrderUpdate(Order order) {
        try {
            parts.gateway().updates().apply(order).map(JournaledOrder::order).ifPresent(this::route);
        } catch (RuntimeException e) {
            LOG.error("Order update {} {} not handled", order.clientOrderId(), order.status(), e);
        }
    }

    @Override
    public void onFill(Fill fill) {
        book(fill, true);
    }

    /**
     * Books a fill the first time it comes (the stream, or reconciliation); false when it was booked before.
     * {@code moveBalances} is false for a fill made before the balances the ledger started from were taken (while the
     * engine was down): they hold it already, only its position and trade move.
     */
    boolean book(Fill fill, boolean moveBalances) {
        try {
            if (!firstTime(fill)) {
                LOG.debug("Fill {} of {} already booked", fill.tradeId(), fill.symbol());
                return false;
            }
            Position position = moveBalances ? parts.ledger().apply(fill) : parts.ledger().applyToPosition(fill);
            save(position);
            String id = fill.clientOrderId();
            if (id == null) {
                return true;
            }
            parts.trades().byOrder(id).ifPresent(trade -> {
                trade.fill(id, fill);
                if (id.equals(trade.entryId)) {
                    // The first fill executes the signal: its expiry must not race the rest of a partly filled entry.
                    if (trade.fromSignal && trade.claimSignalSettlement()) {
                        executed(trade);
                    }
                    entryChanged(trade);
                } else if (trade.closed() && !id.equals(trade.stopOrderId())) {
                    finish(trade);
                }
            });
            return true;
        } catch (RuntimeException e) {
            LOG.error("Fill {} of {} not handled", fill.tradeId(), fill.symbol(), e);
            return false;
        }
    }

    /** Applies the current view of one of the account's orders to its trade (idempotent). */
    void route(Order order) {
        String id = order.clientOrderId();
        parts.trades().byOrder(id).ifPresent(trade -> {
            if (id.equals(trade.entryId)) {
                trade.entryUpdate(order);
                entryChanged(trade);
            } else if (order.status().isTerminal()) {
                trade.exitEnded(id);
                if (trade.closed()) {
                    finish(trade);
                }
            }
        });
    }

    /** Once the entry has ended with all its fills in: protect what it bought, or close the trade if it bought nothing. */
    private void entryChanged(Trade trade) {
        if (!trade.entryComplete()) {
            return;
        }
        if (trade.entryFilled().signum() == 0) {
            trade.close();
            parts.trades().prune();
            if (trade.fromSignal && trade.claimSignalSettlement()) {
                settleUnfilled(trade);
            }
            return;
        }
        if (trade.closesPosition) {
            trade.close();
        } else {
            protection.protect(trade);
        }
        if (trade.fromSignal && trade.claimSignalSettlement()) {
            executed(trade);
        }
        if (trade.closed()) {
            finish(trade);
        }
    }

    private void executed(Trade trade) {
        parts.signals().move(trade.intent.signalId(), SignalStatus.EXECUTED, "entry " + trade.entryId + " filled");
    }

    private void settleUnfilled(Trade trade) {
        String id = trade.intent.signalId();
        Order entry = parts.journal().find(trade.entryId).map(JournaledOrder::order).orElse(null);
        OrderStatus status = entry == null ? trade.entryStatus() : entry.status();
        String why = entry == null || entry.rejectReason().isBlank() ? "" : ": " + entry.rejectReason();
        if (status == OrderStatus.CANCELLED) {
            parts.signals().move(id, SignalStatus.CANCELLED, "entry " + trade.entryId + " cancelled before it filled");
        } else {
            parts.signals().move(id, SignalStatus.REJECTED, "entry " + trade.entryId + " " + status.name().toLowerCase()
                    + " on the exchange without a fill" + why);
        }
    }

    /** The trade holds nothing more: no protective order may outlive it. */
    private void finish(Trade trade) {
        String stop = trade.stopOrderId();
        boolean working = stop != null && parts.journal().find(stop).map(j -> !j.order().status().isTerminal()).orElse(false);
        if (working) {
            protection.cancel(trade, stop, "trade closed");
        }
        parts.trades().prune();
    }

    private boolean firstTime(Fill fill) {
        String key = fill.symbol().code() + "/" + fill.tradeId();
        synchronized (seen) {
            if (!seen.add(key)) {
                return false;
            }
        }
        String account = parts.settings().account();
        Supplier<String> what = () -> "fill " + fill.tradeId() + " of " + fill.symbol();
        Runnable record = () -> {
            if (!parts.executions().record(account, fill)) {
                LOG.warn("Fill {} of {} was recorded already", fill.tradeId(), fill.symbol());
            }
        };
        if (parts.writes().deferring() || parts.writes().backlogged()) {
            // This process's memory is the guard until the write lands; the store's key backs it then.
            parts.writes().submit(what, record);
            return true;
        }
        try {
            return parts.executions().record(account, fill);
        } catch (StoreUnavailableException e) {
            parts.writes().waitForStore(what, record, e);
            return true;
        } catch (RuntimeException e) {
            LOG.error("Fill {} of {} not stored ({}); booked from memory, reconciliation will report any difference",
                    fill.tradeId(), fill.symbol(), e.toString());
            return true;
        }
    }

    void save(Position position) {
        try {
            parts.writes().submit(() -> "position " + position.account() + " " + position.symbol(), () -> parts.positions().save(position));
        } catch (RuntimeException e) {
            LOG.error("Position {} {} not stored: {}", position.account(), position.symbol(), e.toString());
        }
    }
}
