package io.wavegrid.exchange.binance.internal.parse;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

import io.wavegrid.market.api.Side;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.trading.api.Balance;
import io.wavegrid.trading.api.Fill;
import io.wavegrid.trading.api.Order;
import io.wavegrid.trading.api.OrderRequest;
import io.wavegrid.trading.api.OrderStatus;
import io.wavegrid.trading.api.OrderType;
import io.wavegrid.trading.api.TimeInForce;

/** Binance's order, trade and account answers read into the platform's records, and the reverse for new orders. */
public final class BinanceOrders {

    private BinanceOrders() {
    }

    /** An order object of GET/POST/DELETE /api/v3/order or /api/v3/openOrders. */
    public static Order order(JsonNode o, Function<String, Symbol> symbols) {
        OrderType type = type(o.path("type").asText());
        BigDecimal price = type.needsPrice() ? decimal(o.path("price").asText()) : null;
        BigDecimal stop = type.needsStopPrice() ? decimal(o.path("stopPrice").asText()) : null;
        OrderRequest request = new OrderRequest(o.path("clientOrderId").asText(o.path("origClientOrderId").asText()),
                symbols.apply(o.path("symbol").asText()), Side.valueOf(o.path("side").asText()), type,
                decimal(o.path("origQty").asText()), price, stop, tif(o.path("timeInForce").asText()));
        BigDecimal executed = decimal(o.path("executedQty").asText("0"));
        BigDecimal quote = decimal(o.path("cummulativeQuoteQty").asText("0"));
        long time = o.path("updateTime").asLong(o.path("transactTime").asLong(o.path("workingTime").asLong(o.path("time").asLong())));
        return new Order(request, o.path("orderId").asText(), status(o.path("status").asText()), executed,
                average(quote, executed), Instant.ofEpochMilli(time), "");
    }

    /** The {@code fills} of a FULL new-order answer: immediate executions, so takers. */
    public static List<Fill> responseFills(JsonNode o, Order order) {
        List<Fill> fills = new ArrayList<>();
        for (JsonNode f : o.path("fills")) {
            fills.add(new Fill(f.path("tradeId").asText(), order.clientOrderId(), order.exchangeOrderId(),
                    order.request().symbol(), order.request().side(), decimal(f.path("price").asText()),
                    decimal(f.path("qty").asText()), decimal(f.path("commission").asText("0")),
                    f.path("commissionAsset").asText(""), false, order.updated()));
        }
        return fills;
    }

    /** One row of GET /api/v3/myTrades; the client order id comes from the caller, who knows the order. */
    public static Fill myTrade(JsonNode t, Symbol symbol, String clientOrderId) {
        return new Fill(t.path("id").asText(), clientOrderId, t.path("orderId").asText(), symbol,
                t.path("isBuyer").asBoolean() ? Side.BUY : Side.SELL, decimal(t.path("price").asText()),
                decimal(t.path("qty").asText()), decimal(t.path("commission").asText("0")),
                t.path("commissionAsset").asText(""), t.path("isMaker").asBoolean(), Instant.ofEpochMilli(t.path("time").asLong()));
    }

    /** Non-zero balances of GET /api/v3/account. */
    public static List<Balance> balances(JsonNode account) {
        List<Balance> result = new ArrayList<>();
        for (JsonNode b : account.path("balances")) {
            BigDecimal free = decimal(b.path("free").asText("0"));
            BigDecimal locked = decimal(b.path("locked").asText("0"));
            if (free.signum() > 0 || locked.signum() > 0) {
                result.add(new Balance(b.path("asset").asText(), free, locked));
            }
        }
        return result;
    }

    public static OrderType type(String binanceType) {
        return switch (binanceType) {
            case "MARKET" -> OrderType.MARKET;
            case "LIMIT", "LIMIT_MAKER" -> OrderType.LIMIT;
            case "STOP_LOSS", "TAKE_PROFIT" -> OrderType.STOP_MARKET;
            case "STOP_LOSS_LIMIT", "TAKE_PROFIT_LIMIT" -> OrderType.STOP_LIMIT;
            default -> throw new IllegalArgumentException("unknown Binance order type " + binanceType);
        };
    }

    public static String binanceType(OrderType type) {
        return switch (type) {
            case MARKET -> "MARKET";
            case LIMIT -> "LIMIT";
            case STOP_MARKET -> "STOP_LOSS";
            case STOP_LIMIT -> "STOP_LOSS_LIMIT";
        };
    }

    public static OrderStatus status(String binanceStatus) {
        return switch (binanceStatus) {
            case "NEW", "PENDING_NEW", "PENDING_CANCEL" -> OrderStatus.SUBMITTED;
            case "PARTIALLY_FILLED" -> OrderStatus.PARTIALLY_FILLED;
            case "FILLED" -> OrderStatus.FILLED;
            case "CANCELED" -> OrderStatus.CANCELLED;
            case "REJECTED" -> OrderStatus.REJECTED;
            case "EXPIRED", "EXPIRED_IN_MATCH" -> OrderStatus.EXPIRED;
            default -> throw new IllegalArgumentException("unknown Binance order status " + binanceStatus);
        };
    }

    static TimeInForce tif(String text) {
        return switch (text) {
            case "IOC" -> TimeInForce.IOC;
            case "FOK" -> TimeInForce.FOK;
            default -> TimeInForce.GTC;
        };
    }

    static BigDecimal average(BigDecimal quote, BigDecimal executed) {
        return executed.signum() == 0 || quote.signum() == 0 ? null
                : quote.divide(executed, 8, RoundingMode.HALF_EVEN).stripTrailingZeros();
    }

    static BigDecimal decimal(String text) {
        return new BigDecimal(text);
    }
}
