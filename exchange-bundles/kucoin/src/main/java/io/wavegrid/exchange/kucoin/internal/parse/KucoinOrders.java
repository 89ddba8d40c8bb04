package io.wavegrid.exchange.kucoin.internal.parse;

import static io.wavegrid.exchange.kucoin.internal.parse.KucoinMarket.decimal;
import static io.wavegrid.exchange.kucoin.internal.parse.KucoinMarket.require;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

import io.wavegrid.market.api.Symbol;
import io.wavegrid.trading.api.Balance;
import io.wavegrid.trading.api.Fill;
import io.wavegrid.trading.api.Order;
import io.wavegrid.trading.api.OrderRequest;
import io.wavegrid.trading.api.OrderStatus;
import io.wavegrid.trading.api.OrderType;
import io.wavegrid.trading.api.TimeInForce;

/** KuCoin's high-frequency spot orders, fills and trade-account balances as Wavegrid's records. */
public final class KucoinOrders {

    private KucoinOrders() {
    }

    /**
     * One order of {@code GET /api/v1/hf/orders/{orderId}} or {@code /client-order/{clientOid}}.
     *
     * @throws IllegalArgumentException when a field is missing or the order cannot be expressed (a market
     *                                  order sized in funds that has not filled yet)
     */
    public static Order order(JsonNode o, Function<String, Symbol> symbols) {
        require(o, "order", "id", "symbol", "type", "side", "size", "dealSize", "active");
        BigDecimal filled = decimal(o.path("dealSize"));
        BigDecimal size = decimal(o.path("size"));
        OrderType type = "market".equals(o.path("type").asText()) ? OrderType.MARKET : OrderType.LIMIT;
        BigDecimal quantity = size.signum() > 0 ? size : filled;
        String clientOid = o.path("clientOid").asText("");
        OrderRequest request = new OrderRequest(clientOid.isEmpty() ? o.path("id").asText() : clientOid,
                symbols.apply(o.path("symbol").asText()), KucoinMarket.side(o.path("side").asText()), type, quantity,
                type == OrderType.LIMIT ? decimal(o.path("price")) : null, null, timeInForce(o.path("timeInForce").asText("GTC")));
        BigDecimal dealFunds = decimal(o.path("dealFunds"));
        BigDecimal average = filled.signum() > 0 && dealFunds != null
                ? dealFunds.divide(filled, MathContext.DECIMAL64).stripTrailingZeros() : null;
        long updated = o.path("lastUpdatedAt").asLong(o.path("createdAt").asLong(0));
        return new Order(request, o.path("id").asText(), status(o, filled, quantity), filled, average,
                Instant.ofEpochMilli(updated), "");
    }

    /**
     * One stop order of {@code GET /api/v1/stop-order/{orderId}} (or an item of the lists): a stop order the
     * endpoint still shows has not executed anything; {@code NEW} waits for the trigger, {@code TRIGGERED} is
     * on its way to the order book as an ordinary order.
     *
     * @throws IllegalArgumentException when a field is missing
     */
    public static Order stopOrder(JsonNode o, Function<String, Symbol> symbols) {
        require(o, "stop order", "id", "symbol", "type", "side", "size", "stopPrice", "status");
        boolean limit = "limit".equals(o.path("type").asText());
        String clientOid = o.path("clientOid").asText("");
        OrderRequest request = new OrderRequest(clientOid.isEmpty() ? o.path("id").asText() : clientOid,
                symbols.apply(o.path("symbol").asText()), KucoinMarket.side(o.path("side").asText()),
                limit ? OrderType.STOP_LIMIT : OrderType.STOP_MARKET, decimal(o.path("size")), limit ? decimal(o.path("price")) : null,
                decimal(o.path("stopPrice")), timeInForce(o.path("timeInForce").asText("GTC")));
        return new Order(request, o.path("id").asText(), OrderStatus.SUBMITTED, BigDecimal.ZERO, null,
                Instant.ofEpochMilli(o.path("createdAt").asLong(0)), "");
    }

    private static OrderStatus status(JsonNode o, BigDecimal filled, BigDecimal quantity) {
        if (o.path("active").asBoolean()) {
            return filled.signum() > 0 ? OrderStatus.PARTIALLY_FILLED : OrderStatus.SUBMITTED;
        }
        return filled.compareTo(quantity) >= 0 ? OrderStatus.FILLED : OrderStatus.CANCELLED;
    }

    private static TimeInForce timeInForce(String text) {
        return switch (text) {
            case "IOC" -> TimeInForce.IOC;
            case "FOK" -> TimeInForce.FOK;
            default -> TimeInForce.GTC;
        };
    }

    /** The {@code items} of {@code GET /api/v1/hf/fills}; KuCoin's fills do not carry the client order id. */
    public static List<Fill> fills(JsonNode data, Function<String, Symbol> symbols, String clientOrderId) {
        List<Fill> fills = new ArrayList<>();
        for (JsonNode f : data.path("items")) {
            require(f, "fill", "tradeId", "orderId", "symbol", "side", "price", "size", "createdAt");
            fills.add(new Fill(f.path("tradeId").asText(), clientOrderId, f.path("orderId").asText(),
                    symbols.apply(f.path("symbol").asText()), KucoinMarket.side(f.path("side").asText()),
                    decimal(f.path("price")), decimal(f.path("size")), decimal(f.path("fee")),
                    f.path("feeCurrency").asText(""), "maker".equals(f.path("liquidity").asText()),
                    Instant.ofEpochMilli(f.path("createdAt").asLong())));
        }
        return fills;
    }

    /** {@code data} of {@code GET /api/v1/accounts?type=trade}, one balance per currency, empty ones left out. */
    public static List<Balance> balances(JsonNode data) {
        if (data == null || !data.isArray()) {
            throw new IllegalArgumentException("KuCoin accounts answer has no data array");
        }
        Map<String, Balance> byAsset = new TreeMap<>();
        for (JsonNode a : data) {
            require(a, "account", "currency", "available", "holds");
            Balance balance = new Balance(a.path("currency").asText(), decimal(a.path("available")), decimal(a.path("holds")));
            byAsset.merge(balance.asset(), balance,
                    (x, y) -> new Balance(x.asset(), x.free().add(y.free()), x.locked().add(y.locked())));
        }
        return byAsset.values().stream().filter(b -> b.total().signum() > 0).toList();
    }
}
