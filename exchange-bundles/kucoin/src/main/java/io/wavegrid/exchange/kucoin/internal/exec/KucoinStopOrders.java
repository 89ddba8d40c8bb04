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
import io.wavegrid.market.api.Side;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.trading.api.ExchangeException;
import io.wavegrid.trading.api.ExchangeException.Reason;
import io.wavegrid.trading.api.Order;
import io.wavegrid.trading.api.OrderRequest;
import io.wavegrid.trading.api.OrderStatus;

/**
 * Stop-market and stop-limit orders over KuCoin's stop-order endpoint ({@code /api/v1/stop-order}) while they
 * wait for their trigger. A sell stop waits for the price to fall to the stop ({@code stop=loss}), a buy stop
 * for it to rise to the stop ({@code stop=entry}). Once triggered KuCoin places an ordinary order with the same
 * clientOid and the stop order leaves this endpoint; {@link KucoinExecution} then finds the order there.
 */
final class KucoinStopOrders {

    private static final Logger LOG = LoggerFactory.getLogger(KucoinStopOrders.class);
    private static final String STOPS = "/api/v1/stop-order";

    private final KucoinRest rest;
    private final Function<String, Symbol> symbols;

    KucoinStopOrders(KucoinRest rest, Function<String, Symbol> symbols) {
        this.rest = rest;
        this.symbols = symbols;
    }

    /** Sends the stop order; the answer's order id is read back so the caller gets KuCoin's view of it. */
    Order place(OrderRequest request) throws ExchangeException {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("clientOid", request.clientOrderId());
        body.put("symbol", KucoinInstruments.code(request.symbol()));
        body.put("side", request.side().name().toLowerCase(Locale.ROOT));
        body.put("type", request.type().needsPrice() ? "limit" : "market");
        body.put("stop", request.side() == Side.SELL ? "loss" : "entry");
        body.put("stopPrice", request.stopPrice().toPlainString());
        body.put("size", request.quantity().toPlainString());
        if (request.type().needsPrice()) {
            body.put("price", request.price().toPlainString());
            body.put("timeInForce", request.timeInForce().name());
        }
        JsonNode placed = rest.call("POST", STOPS, Map.of(), body, true, 1);
        String orderId = placed.path("orderId").asText();
        return parsed(rest.call("GET", STOPS + "/" + orderId, Map.of(), null, true, 3));
    }

    /** The stop order still waiting for its trigger, if there is one with this clientOid. */
    Optional<Order> query(Symbol symbol, String clientOrderId) throws ExchangeException {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("clientOid", clientOrderId);
        params.put("symbol", KucoinInstruments.code(symbol));
        JsonNode data = rest.call("GET", STOPS + "/queryOrderByClientOid", params, null, true, 3);
        return data.isArray() && !data.isEmpty() ? Optional.of(parsed(data.get(0))) : Optional.empty();
    }

    /**
     * Cancels the waiting stop order; KuCoin answers with the cancelled order id, and a cancelled stop order
     * is not shown any more, so the result is the waiting order as cancelled.
     */
    Optional<Order> cancel(Symbol symbol, String clientOrderId) throws ExchangeException {
        Optional<Order> waiting = query(symbol, clientOrderId);
        if (waiting.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> params = new LinkedHashMap<>();
        params.put("symbol", KucoinInstruments.code(symbol));
        params.put("clientOid", clientOrderId);
        JsonNode answer = rest.call("DELETE", STOPS + "/cancelOrderByClientOid", params, null, true, 5);
        if (!waiting.get().exchangeOrderId().equals(answer.path("cancelledOrderId").asText())) {
            throw new ExchangeException(Reason.UNAVAILABLE, "KuCoin answered the cancel of stop order " + clientOrderId
                    + " with another order: " + answer);
        }
        Order o = waiting.get();
        return Optional.of(new Order(o.request(), o.exchangeOrderId(), OrderStatus.CANCELLED, o.filledQuantity(),
                o.averagePrice(), o.updated(), ""));
    }

    /** Stop orders of every symbol waiting for their trigger (KuCoin's largest page, 500). */
    List<Order> waiting() throws ExchangeException {
        List<Order> orders = new ArrayList<>();
        for (JsonNode o : rest.call("GET", STOPS, Map.of("pageSize", "500"), null, true, 8).path("items")) {
            try {
                orders.add(KucoinOrders.stopOrder(o, symbols));
            } catch (IllegalArgumentException e) {
                LOG.warn("KuCoin stop order {} left out: {}", o.path("id").asText(), e.getMessage());
            }
        }
        return orders;
    }

    private Order parsed(JsonNode data) throws ExchangeException {
        try {
            return KucoinOrders.stopOrder(data, symbols);
        } catch (IllegalArgumentException e) {
            throw new ExchangeException(Reason.UNAVAILABLE, "KuCoin stop order answer is malformed: " + e.getMessage());
        }
    }
}
