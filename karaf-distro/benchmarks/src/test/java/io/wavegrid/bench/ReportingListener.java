package io.wavegrid.bench;

import io.wavegrid.trading.api.ExecutionListener;
import io.wavegrid.trading.api.Fill;
import io.wavegrid.trading.api.Order;

/** Tells the bar clock when the exchange first reports a fill or an order's new state in a bar, then passes it on. */
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
        listener.onOrderUpdate(order);
    }

    @Override
    public void onFill(Fill fill) {
        clock.exchangeReported();
        listener.onFill(fill);
    }
}
