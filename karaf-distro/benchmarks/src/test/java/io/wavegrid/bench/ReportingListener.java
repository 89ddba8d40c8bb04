package io.wavegrid.bench;

import io.wavegrid.trading.api.ExecutionListener;
import io.wavegrid.trading.api.Fill;
import io.wavegrid.trading.api.Order;

/**
 * Tells the bar clock when the exchange first reports a fill or an order's new state in a bar, passes it on, and times
 * how long the order manager takes with it (a protective order sent on a fill is sent within that time).
 */
final class ReportingListener implements ExecutionListener {

    private final ExecutionListener listener;
    private final BarClock clock;

    ReportingListener(ExecutionListener listener, BarClock clock) {
        this.listener = listener;
        this.clock = clock;
    }

    @Override
    public void onOrderUpdate(Order order) {
        clock.exchangeReported();
        long start = System.nanoTime();
        int sent = clock.ordersSent();
        listener.onOrderUpdate(order);
        clock.reportHandled(order.status().name(), clock.ordersSent() > sent, System.nanoTime() - start);
    }

    @Override
    public void onFill(Fill fill) {
        clock.exchangeReported();
        long start = System.nanoTime();
        int sent = clock.ordersSent();
        listener.onFill(fill);
        clock.reportHandled(BarClock.FILL, clock.ordersSent() > sent, System.nanoTime() - start);
    }
}
