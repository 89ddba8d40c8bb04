package io.wavegrid.exchange.kucoin.internal.exec;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.wavegrid.trading.api.ExchangeException;
import io.wavegrid.trading.api.ExecutionListener;
import io.wavegrid.trading.api.Fill;
import io.wavegrid.trading.api.Order;

/**
 * Passes order states and fills to the engine's listener, each once: a state is passed on when it differs
 * from the last one passed for that order, and when the filled quantity grew, the order's fills are
 * fetched and the ones not passed yet (by trade id) are passed on before the state.
 */
public final class FillRegister {

    /** Fetches the fills of the order just seen. */
    public interface FillSource {
        List<Fill> fetch() throws ExchangeException;
    }

    /** Enough for months of a busy grid; the oldest entries go first. */
    private static final int REMEMBERED = 100_000;

    private final Map<String, Order> lastState = bounded();
    private final Set<String> passedFills = Collections.newSetFromMap(bounded());
    private volatile ExecutionListener listener;

    public void setListener(ExecutionListener listener) {
        this.listener = listener;
    }

    private static <V> Map<String, V> bounded() {
        return new LinkedHashMap<>(1024, 0.75f, false) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > REMEMBERED;
            }
        };
    }

    /** Orders whose last state passed on was not terminal, for reconciliation after a private stream outage. */
    public synchronized List<Order> openOrders() {
        return lastState.values().stream().filter(o -> !o.status().isTerminal()).toList();
    }

    public synchronized void seen(Order order, FillSource fills) throws ExchangeException {
        String key = order.request().symbol().code() + ":" + order.clientOrderId();
        Order last = lastState.get(key);
        if (last != null && last.status() == order.status() && last.filledQuantity().compareTo(order.filledQuantity()) == 0) {
            return;
        }
        BigDecimal before = last == null ? BigDecimal.ZERO : last.filledQuantity();
        ExecutionListener l = listener;
        if (order.filledQuantity().compareTo(before) > 0) {
            for (Fill fill : fills.fetch()) {
                if (passedFills.add(fill.symbol().code() + ":" + fill.tradeId()) && l != null) {
                    l.onFill(fill);
                }
            }
        }
        lastState.put(key, order);
        if (l != null) {
            l.onOrderUpdate(order);
        }
    }
}
