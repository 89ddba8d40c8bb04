package io.wavegrid.exchange.kucoin.internal.exec;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
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

    private final Map<String, Order> lastState = new HashMap<>();
    private final Set<String> passedFills = new HashSet<>();
    private volatile ExecutionListener listener;

    public void setListener(ExecutionListener listener) {
        this.listener = listener;
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
