package io.wavegrid.exchange.binance.internal.exec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.wavegrid.trading.api.ExecutionListener;
import io.wavegrid.trading.api.Fill;
import io.wavegrid.trading.api.Order;

/**
 * The single door through which executions reach the engine. Fills arrive from the order answer, the user
 * stream and the reconciliation after a reconnection, so each is passed on once (by symbol and trade id);
 * an order update that repeats the last state passed on for that order is dropped. It also remembers which
 * orders are still open, for reconciliation.
 */
public final class ExecutionGate {

    private static final int REMEMBERED_FILLS = 100_000;

    private final Map<String, Boolean> seenFills = new LinkedHashMap<>(1024, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED_FILLS;
        }
    };
    private final Map<String, String> lastState = new LinkedHashMap<>();
    private final Map<String, Order> open = new LinkedHashMap<>();
    private volatile ExecutionListener listener;

    public void setListener(ExecutionListener listener) {
        this.listener = listener;
    }

    /** Passes the fill on unless it was already; returns whether it was new. */
    public synchronized boolean fill(Fill fill) {
        if (fill == null || seenFills.put(fill.symbol().code() + ":" + fill.tradeId(), Boolean.TRUE) != null) {
            return false;
        }
        ExecutionListener l = listener;
        if (l != null) {
            l.onFill(fill);
        }
        return true;
    }

    public synchronized void update(Order order) {
        String state = order.status() + "/" + order.filledQuantity().stripTrailingZeros().toPlainString();
        String key = order.request().symbol().code() + ":" + order.clientOrderId();
        if (state.equals(lastState.put(key, state))) {
            return;
        }
        if (order.status().isTerminal()) {
            open.remove(key);
            lastState.remove(key);
            lastState.put(key, state);
        } else {
            open.put(key, order);
        }
        if (lastState.size() > REMEMBERED_FILLS) {
            lastState.keySet().iterator().remove();
        }
        ExecutionListener l = listener;
        if (l != null) {
            l.onOrderUpdate(order);
        }
    }

    /** Orders last seen open. */
    public synchronized List<Order> openOrders() {
        return new ArrayList<>(open.values());
    }
}
