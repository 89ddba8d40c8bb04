package io.wavegrid.bench;

import java.util.List;
import java.util.Optional;

import io.wavegrid.market.api.Symbol;
import io.wavegrid.trading.api.Balance;
import io.wavegrid.trading.api.ExchangeAdapter;
import io.wavegrid.trading.api.ExchangeException;
import io.wavegrid.trading.api.ExecutionListener;
import io.wavegrid.trading.api.Fill;
import io.wavegrid.trading.api.InstrumentRules;
import io.wavegrid.trading.api.Order;
import io.wavegrid.trading.api.OrderRequest;

/** The paper exchange, with the moment each order reaches it from a kernel thread taken against the bar's start. */
final class TimedExchange implements ExchangeAdapter {

    private final ExchangeAdapter paper;
    private final BarClock clock;

    TimedExchange(ExchangeAdapter paper, BarClock clock) {
        this.paper = paper;
        this.clock = clock;
    }

    @Override
    public Order place(OrderRequest request) throws ExchangeException {
        if (Thread.currentThread().getName().startsWith("wavegrid-shard")) {
            clock.orderSent(request);
        }
        return paper.place(request);
    }

    @Override
    public String exchange() {
        return "timed";
    }

    @Override
    public InstrumentRules rules(Symbol symbol) throws ExchangeException {
        return paper.rules(symbol);
    }

    @Override
    public Order cancel(Symbol symbol, String clientOrderId) throws ExchangeException {
        return paper.cancel(symbol, clientOrderId);
    }

    @Override
    public Optional<Order> query(Symbol symbol, String clientOrderId) throws ExchangeException {
        return paper.query(symbol, clientOrderId);
    }

    @Override
    public List<Order> openOrders() throws ExchangeException {
        return paper.openOrders();
    }

    @Override
    public List<Balance> balances() throws ExchangeException {
        return paper.balances();
    }

    @Override
    public void setExecutionListener(ExecutionListener listener) {
        paper.setExecutionListener(listener == null ? null : new ReportingListener(listener, clock));
    }

    @Override
    public Optional<List<Fill>> fills(Order order) throws ExchangeException {
        return paper.fills(order);
    }
}
