package io.wavegrid.trading.api;

import java.util.List;
import java.util.Optional;

import io.wavegrid.market.api.Symbol;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * One exchange account behind a common shape. Registered as a service with the property
 * {@value #EXCHANGE} and capability properties (e.g. {@code capability.oco=true}); the engine chooses the
 * adapter by configuration, so paper and live differ only by which service is targeted.
 */
@ConsumerType
public interface ExchangeAdapter {

    /** Service property naming the exchange, e.g. "binance", "kucoin", "paper". */
    String EXCHANGE = "exchange";

    String exchange();

    InstrumentRules rules(Symbol symbol) throws ExchangeException;

    /** Places an order; placing the same client order id twice must not create a second order. */
    Order place(OrderRequest request) throws ExchangeException;

    Order cancel(Symbol symbol, String clientOrderId) throws ExchangeException;

    Optional<Order> query(Symbol symbol, String clientOrderId) throws ExchangeException;

    List<Order> openOrders() throws ExchangeException;

    List<Balance> balances() throws ExchangeException;

    /** Where order updates and fills go; the engine sets it once when it starts using the adapter. */
    void setExecutionListener(ExecutionListener listener);

    /**
     * The fills of one of the account's orders, oldest first. Reconciliation books from here the fills made while the
     * engine was not listening (stopped, restarting, its stream down): an order found filled further than the engine
     * knew gets its missing fills booked before its new state. The default, for an exchange that cannot list an
     * order's fills, is empty: the engine then reports what it could not book.
     *
     * @param order the order as last known (its exchange order id may be missing)
     * @return the fills, or empty when this adapter cannot list them
     * @since 1.3
     */
    default Optional<List<Fill>> fills(Order order) throws ExchangeException {
        return Optional.empty();
    }
}
