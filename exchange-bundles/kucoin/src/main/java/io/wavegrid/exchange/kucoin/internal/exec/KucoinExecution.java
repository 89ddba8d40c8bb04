package io.wavegrid.exchange.kucoin.internal.exec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.wavegrid.exchange.kucoin.internal.http.KucoinRest;
import io.wavegrid.exchange.kucoin.internal.parse.KucoinInstruments;
import io.wavegrid.exchange.kucoin.internal.parse.KucoinOrders;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.trading.api.Balance;
import io.wavegrid.trading.api.ExchangeException;
import io.wavegrid.trading.api.ExchangeException.Reason;
import io.wavegrid.trading.api.Fill;
import io.wavegrid.trading.api.Order;
import io.wavegrid.trading.api.OrderRequest;

/**
 * Orders and account over KuCoin's signed high-frequency spot endpoints, stop orders over its stop-order
 * endpoint ({@link KucoinStopOrders}) until they trigger. Placing is idempotent by clientOid: a
 * duplicate-clientOid refusal, or a timeout whose outcome is unknown, is resolved by querying the order
 * instead of sending it again. Every order state seen is passed through the {@link FillRegister}, which
 * fetches and passes on each new fill once.
 */
public final class KucoinExecution {

    private static final Logger LOG = LoggerFactory.getLogger(KucoinExecution.class);
    private static final String ORDERS = "/api/v1/hf/orders";

    private final KucoinRest rest;
    private final Function<String, Symbol> symbols;
    private final FillRegister register;
    private final KucoinStopOrders stops;

    public KucoinExecution(KucoinRest rest, Function<String, Symbol> symbols, FillRegister register) {
        this.rest = rest;
        this.symbols = symbols;
        this.register = register;
        this.stops = new KucoinStopOrders(rest, symbols);
    }

    public Order place(OrderRequest request) throws ExchangeException {
        try {
            return request.type().needsStopPrice() ? seenStop(stops.place(request)) : placeOrdinary(request);
        } catch (ExchangeException e) {
            boolean duplicate = e.getMessage().toLowerCase(Locale.ROOT).contains("clientoid");
            if (duplicate || e.reason() == Reason.TIMEOUT) {
                Optional<Order> existing = query(request.symbol(), request.clientOrderId());
                if (existing.isPresent()) {
                    return existing.get();
                }
            }
            throw e;
        }
    }

    private Order placeOrdinary(OrderRequest request) throws ExchangeException {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("clientOid", request.clientOrderId());
        body.put("symbol", KucoinInstruments.code(request.symbol()));
        body.put("side", request.side().name().toLowerCase(Locale.ROOT));
        body.put("type", request.type().needsPrice() ? "limit" : "market");
        body.put("size", request.quantity().toPlainString());
        if (request.type().needsPrice()) {
            body.put("price", request.price().toPlainString());
            body.put("timeInForce", request.timeInForce().name());
        }
        JsonNode placed = rest.call("POST", ORDERS, Map.of(), body, true, 1);
        return queryById(request.symbol(), placed.path("orderId").asText()).orElseThrow(() -> new ExchangeException(
                Reason.UNAVAILABLE, "KuCoin accepted order " + request.clientOrderId() + " but does not show it"));
    }

    /** An order KuCoin does not know as an ordinary order may be a stop order still waiting for its trigger. */
    public Order cancel(Symbol symbol, String clientOrderId) throws ExchangeException {
        try {
            rest.call("DELETE", ORDERS + "/client-order/" + clientOrderId, bySymbol(symbol), null, true, 1);
        } catch (ExchangeException e) {
            if (e.reason() != Reason.NOT_FOUND) {
                throw e;
            }
            return seenStop(stops.cancel(symbol, clientOrderId).orElseThrow(() -> e));
        }
        return query(symbol, clientOrderId).orElseThrow(() -> new ExchangeException(Reason.NOT_FOUND,
                "KuCoin cancelled order " + clientOrderId + " but no longer shows it"));
    }

    public Order cancelById(Symbol symbol, String orderId) throws ExchangeException {
        rest.call("DELETE", ORDERS + "/" + orderId, bySymbol(symbol), null, true, 1);
        return queryById(symbol, orderId).orElseThrow(() -> new ExchangeException(Reason.NOT_FOUND,
                "KuCoin cancelled order " + orderId + " but no longer shows it"));
    }

    /** The ordinary order with this clientOid, else the stop order still waiting for its trigger. */
    public Optional<Order> query(Symbol symbol, String clientOrderId) throws ExchangeException {
        Optional<Order> order = fetch(ORDERS + "/client-order/" + clientOrderId, symbol);
        if (order.isPresent()) {
            return order;
        }
        Optional<Order> stop = stops.query(symbol, clientOrderId);
        if (stop.isPresent()) {
            seenStop(stop.get());
        }
        return stop;
    }

    /** A stop order KuCoin still shows has no fills: only its state goes to the register. */
    private Order seenStop(Order stop) throws ExchangeException {
        register.seen(stop, List::of);
        return stop;
    }

    /** Stop orders of every symbol that wait for their trigger. */
    public List<Order> waitingStopOrders() throws ExchangeException {
        return stops.waiting();
    }

    public Optional<Order> queryById(Symbol symbol, String orderId) throws ExchangeException {
        return fetch(ORDERS + "/" + orderId, symbol);
    }

    public List<Order> openOrders(Symbol symbol) throws ExchangeException {
        List<Order> orders = new ArrayList<>();
        for (JsonNode o : rest.call("GET", ORDERS + "/active", bySymbol(symbol), null, true, 2)) {
            try {
                orders.add(KucoinOrders.order(o, symbols));
            } catch (IllegalArgumentException e) {
                LOG.warn("KuCoin open order {} left out: {}", o.path("id").asText(), e.getMessage());
            }
        }
        return orders;
    }

    /** Symbols with open orders, from {@code /api/v1/hf/orders/active/symbols}. */
    public List<Symbol> symbolsWithOpenOrders() throws ExchangeException {
        List<Symbol> result = new ArrayList<>();
        for (JsonNode code : rest.call("GET", ORDERS + "/active/symbols", Map.of(), null, true, 2).path("symbols")) {
            result.add(symbols.apply(code.asText()));
        }
        return result;
    }

    public List<Balance> balances() throws ExchangeException {
        try {
            return KucoinOrders.balances(rest.call("GET", "/api/v1/accounts", Map.of("type", "trade"), null, true, 5));
        } catch (IllegalArgumentException e) {
            throw new ExchangeException(Reason.UNAVAILABLE, "KuCoin accounts answer is malformed: " + e.getMessage());
        }
    }

    /** The fills of one order, from {@code /api/v1/hf/fills}. */
    public List<Fill> fills(Symbol symbol, String orderId, String clientOrderId) throws ExchangeException {
        Map<String, String> params = new LinkedHashMap<>(bySymbol(symbol));
        params.put("orderId", orderId);
        try {
            return KucoinOrders.fills(rest.call("GET", "/api/v1/hf/fills", params, null, true, 2), symbols, clientOrderId);
        } catch (IllegalArgumentException e) {
            throw new ExchangeException(Reason.UNAVAILABLE, "KuCoin fills of " + orderId + " are malformed: " + e.getMessage());
        }
    }

    private Optional<Order> fetch(String path, Symbol symbol) throws ExchangeException {
        Order order;
        try {
            JsonNode data = rest.call("GET", path, bySymbol(symbol), null, true, 2);
            if (data.isNull() || data.isMissingNode()) {
                return Optional.empty();
            }
            order = KucoinOrders.order(data, symbols);
        } catch (ExchangeException e) {
            if (e.reason() == Reason.NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        } catch (IllegalArgumentException e) {
            throw new ExchangeException(Reason.UNAVAILABLE, "KuCoin order answer is malformed: " + e.getMessage());
        }
        register.seen(order, () -> fills(symbol, order.exchangeOrderId(), order.clientOrderId()));
        return Optional.of(order);
    }

    private static Map<String, String> bySymbol(Symbol symbol) {
        return Map.of("symbol", KucoinInstruments.code(symbol));
    }
}
