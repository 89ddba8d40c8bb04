package io.wavegrid.execution.internal;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

import io.wavegrid.market.api.Symbol;
import io.wavegrid.trading.api.Balance;
import io.wavegrid.trading.api.ExchangeAdapter;
import io.wavegrid.trading.api.ExchangeException;
import io.wavegrid.trading.api.ExecutionListener;
import io.wavegrid.trading.api.Fill;
import io.wavegrid.trading.api.InstrumentRules;
import io.wavegrid.trading.api.Order;
import io.wavegrid.trading.api.OrderRequest;

/** The real paper exchange behind a wrapper through which a test injects faults around {@code place}. */
final class ScriptedExchange implements ExchangeAdapter {

    /** What happens around one call of {@code place}. */
    interface PlaceScript {
        /** Runs before the call reaches the exchange; may throw to stand for a fault that never reached it. */
        default void before(OrderRequest request) throws ExchangeException {
        }

        /** Runs after the exchange accepted the order; may throw to stand for a lost answer. */
        default void after(OrderRequest request, Order placed) throws ExchangeException {
        }
    }

    private final ExchangeAdapter paper;
    final List<String> placeCalls = new CopyOnWriteArrayList<>();
    volatile PlaceScript script = new PlaceScript() {
    };
    volatile UnaryOperator<List<Balance>> balanceView = UnaryOperator.identity();

    ScriptedExchange(ExchangeAdapter paper) {
        this.paper = paper;
    }

    @Override
    public String exchange() {
        return paper.exchange();
    }

    @Override
    public InstrumentRules rules(Symbol symbol) throws ExchangeException {
        return paper.rules(symbol);
    }

    @Override
    public Order place(OrderRequest request) throws ExchangeException {
        placeCalls.add(request.clientOrderId());
        PlaceScript current = script;
        current.before(request);
        Order placed = paper.place(request);
        current.after(request, placed);
        return placed;
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
        return balanceView.apply(paper.balances());
    }

    /** True: the exchange's fills never reach the order manager (lost with its stream), its order updates do. */
    volatile boolean dropsFills;

    @Override
    public void setExecutionListener(ExecutionListener listener) {
        paper.setExecutionListener(listener == null ? null : new ExecutionListener() {
            @Override
            public void onOrderUpdate(Order order) {
                listener.onOrderUpdate(order);
            }

            @Override
            public void onFill(Fill fill) {
                if (!dropsFills) {
                    listener.onFill(fill);
                }
            }
        });
    }

    /** False: behave as an exchange that cannot list an order's fills. */
    volatile boolean listsFills = true;

    @Override
    public Optional<List<Fill>> fills(Order order) throws ExchangeException {
        return listsFills ? paper.fills(order) : Optional.empty();
    }
}
