package io.wavegrid.exchange.paper.internal;

import java.util.ArrayList;
import java.util.List;

import io.wavegrid.trading.api.ExecutionListener;
import io.wavegrid.trading.api.Fill;
import io.wavegrid.trading.api.Order;

/**
 * Order updates and fills produced under the exchange's lock, delivered after it is released so a
 * listener that calls back into the exchange cannot deadlock. Order is kept: a fill precedes the order
 * state it produced.
 */
final class Events {

    private final List<Object> events = new ArrayList<>();

    void fill(Fill fill) {
        events.add(fill);
    }

    void update(Order order) {
        events.add(order);
    }

    boolean isEmpty() {
        return events.isEmpty();
    }

    void deliverTo(ExecutionListener listener) {
        if (listener == null) {
            return;
        }
        for (Object event : events) {
            if (event instanceof Fill fill) {
                listener.onFill(fill);
            } else {
                listener.onOrderUpdate((Order) event);
            }
        }
    }
}
