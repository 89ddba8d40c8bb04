package io.wavegrid.exchange.kucoin.internal.parse;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.wavegrid.market.api.BookLevel;
import io.wavegrid.market.api.OrderBook;
import io.wavegrid.market.api.Side;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Ticker;
import io.wavegrid.market.api.Trade;

/** KuCoin's ticker (level 1), part order book (level 2) and trade history answers. */
public final class KucoinMarket {

    private KucoinMarket() {
    }

    /** {@code data} of {@code GET /api/v1/market/orderbook/level1}. */
    public static Ticker ticker(JsonNode data, Symbol symbol) {
        require(data, "ticker", "time", "bestBid", "bestAsk", "price");
        return new Ticker(symbol, decimal(data.path("bestBid")), decimal(data.path("bestAsk")), decimal(data.path("price")),
                null, Instant.ofEpochMilli(data.path("time").asLong()));
    }

    /** {@code data} of {@code GET /api/v1/market/orderbook/level2_20} (or {@code _100}). */
    public static OrderBook book(JsonNode data, Symbol symbol) {
        require(data, "order book", "sequence", "bids", "asks");
        return new OrderBook(symbol, Long.parseLong(data.path("sequence").asText()), levels(data.path("bids")),
                levels(data.path("asks")), Instant.ofEpochMilli(data.path("time").asLong()));
    }

    /** {@code data} of {@code GET /api/v1/market/histories}, in KuCoin's order; times are nanoseconds. */
    public static List<Trade> trades(JsonNode data, Symbol symbol) {
        if (data == null || !data.isArray()) {
            throw new IllegalArgumentException("KuCoin trade history answer has no data array");
        }
        List<Trade> trades = new ArrayList<>(data.size());
        for (JsonNode t : data) {
            require(t, "trade", "sequence", "price", "size", "side", "time");
            long nanos = t.path("time").asLong();
            trades.add(new Trade(symbol, t.path("sequence").asText(), decimal(t.path("price")), decimal(t.path("size")),
                    side(t.path("side").asText()), Instant.ofEpochSecond(0, nanos)));
        }
        return trades;
    }

    public static Side side(String text) {
        return switch (text) {
            case "buy" -> Side.BUY;
            case "sell" -> Side.SELL;
            default -> throw new IllegalArgumentException("unknown KuCoin side '" + text + "'");
        };
    }

    static List<BookLevel> levels(JsonNode side) {
        List<BookLevel> levels = new ArrayList<>(side.size());
        for (JsonNode level : side) {
            if (!level.isArray() || level.size() < 2) {
                throw new IllegalArgumentException("KuCoin book level is not [price, size]: " + level);
            }
            levels.add(new BookLevel(new BigDecimal(level.get(0).asText()), new BigDecimal(level.get(1).asText())));
        }
        return levels;
    }

    static BigDecimal decimal(JsonNode value) {
        return value.isNull() || value.isMissingNode() || value.asText().isEmpty() ? null : new BigDecimal(value.asText());
    }

    static void require(JsonNode node, String what, String... fields) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("KuCoin " + what + " is not an object: " + node);
        }
        for (String field : fields) {
            if (node.path(field).isMissingNode() || node.path(field).isNull()) {
                throw new IllegalArgumentException("KuCoin " + what + " lacks '" + field + "': " + node);
            }
        }
    }
}
