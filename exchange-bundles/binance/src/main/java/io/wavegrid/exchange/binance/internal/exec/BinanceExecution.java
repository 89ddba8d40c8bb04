package io.wavegrid.exchange.binance.internal.exec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

import io.wavegrid.exchange.binance.internal.http.BinanceRest;
import io.wavegrid.exchange.binance.internal.http.BinanceRest.Security;
import io.wavegrid.exchange.binance.internal.parse.BinanceInstruments;
import io.wavegrid.exchange.binance.internal.parse.BinanceOrders;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.trading.api.Balance;
import io.wavegrid.trading.api.ExchangeException;
import io.wavegrid.trading.api.ExchangeException.Reason;
import io.wavegrid.trading.api.Fill;
import io.wavegrid.trading.api.Order;
import io.wavegrid.trading.api.OrderRequest;

/**
 * Orders and account over Binance's signed REST endpoints. Placing is idempotent by client order id:
 * a "Duplicate order sent." answer, or a timeout whose outcome is unknown, is resolved by querying the
 * order instead of sending it again. Fills of the order answer go through the {@link ExecutionGate}.
 */
public final class BinanceExecution {

    private final BinanceRest rest;
    private final Function<String, Symbol> symbols;
    private final ExecutionGate gate;

    public BinanceExecution(BinanceRest rest, Function<String, Symbol> symbols, ExecutionGate gate) {
        this.rest = rest;
        this.symbols = symbols;
        this.gate = gate;
    }

    public Order place(OrderRequest request) throws ExchangeException {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("symbol", BinanceInstruments.code(request.symbol()));
        params.put("side", request.side().name());
        params.put("type", BinanceOrders.binanceType(request.type()));
        if (request.type().needsPrice()) {
            params.put("timeInForce", request.timeInForce().name());
            params.put("price", request.price().toPlainString());
        }
        params.put("quantity", request.quantity().toPlainString());
        if (request.type().needsStopPrice()) {
            params.put("stopPrice", request.stopPrice().toPlainString());
        }
        params.put("newClientOrderId", request.clientOrderId());
        params.put("newOrderRespType", "FULL");
        try {
            JsonNode body = rest.call("POST", "/api/v3/order", params, Security.SIGNED, 1);
            Order order = BinanceOrders.order(body, symbols);
            BinanceOrders.responseFills(body, order).forEach(gate::fill);
            gate.update(order);
            return order;
        } catch (ExchangeException e) {
            boolean duplicate = e.getMessage().contains("Duplicate order sent.");
            if (duplicate || e.reason() == Reason.TIMEOUT) {
                Optional<Order> existing = query(request.symbol(), request.clientOrderId());
                if (existing.isPresent()) {
                    return existing.get();
                }
            }
            throw e;
        }
    }

    public Order cancel(Symbol symbol, String clientOrderId) throws ExchangeException {
        Order order = BinanceOrders.order(rest.call("DELETE", "/api/v3/order", byClientId(symbol, clientOrderId), Security.SIGNED, 1), symbols);
        gate.update(order);
        return order;
    }

    public Optional<Order> query(Symbol symbol, String clientOrderId) throws ExchangeException {
        try {
            return Optional.of(BinanceOrders.order(rest.call("GET", "/api/v3/order", byClientId(symbol, clientOrderId), Security.SIGNED, 4), symbols));
        } catch (ExchangeException e) {
            if (e.reason() == Reason.NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
    }

    public List<Order> openOrders() throws ExchangeException {
        List<Order> orders = new ArrayList<>();
        for (JsonNode o : rest.call("GET", "/api/v3/openOrders", Map.of(), Security.SIGNED, 80)) {
            orders.add(BinanceOrders.order(o, symbols));
        }
        return orders;
    }

    public List<Balance> balances() throws ExchangeException {
        return BinanceOrders.balances(rest.call("GET", "/api/v3/account", Map.of("omitZeroBalances", "true"), Security.SIGNED, 20));
    }

    /** Brings the engine up to date on the orders it last saw open: missed fills first, then the order state. */
    public void reconcile() throws ExchangeException {
        for (Order known : gate.openOrders()) {
            fills(known).forEach(gate::fill);
            query(known.request().symbol(), known.clientOrderId()).ifPresent(gate::update);
        }
    }

    /**
     * The order's trades from {@code GET /api/v3/myTrades}, oldest first. That endpoint takes only Binance's own order
     * id: an order known by its client id alone (journaled, then the process stopped) is looked up first.
     */
    public List<Fill> fills(Order order) throws ExchangeException {
        Symbol symbol = order.request().symbol();
        String orderId = order.exchangeOrderId();
        if (orderId == null || orderId.isBlank()) {
            Optional<Order> found = query(symbol, order.clientOrderId());
            if (found.isEmpty()) {
                return List.of();
            }
            orderId = found.get().exchangeOrderId();
        }
        Map<String, String> params = new LinkedHashMap<>();
        params.put("symbol", BinanceInstruments.code(symbol));
        params.put("orderId", orderId);
        List<Fill> fills = new ArrayList<>();
        for (JsonNode trade : rest.call("GET", "/api/v3/myTrades", params, Security.SIGNED, 20)) {
            fills.add(BinanceOrders.myTrade(trade, symbol, order.clientOrderId()));
        }
        return fills;
    }

    private static Map<String, String> byClientId(Symbol symbol, String clientOrderId) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("symbol", BinanceInstruments.code(symbol));
        params.put("origClientOrderId", clientOrderId);
        return params;
    }
}
