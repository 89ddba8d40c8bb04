package io.wavegrid.exchange.kucoin.internal.parse;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.wavegrid.market.api.Candle;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Ticker;
import io.wavegrid.market.api.Timeframe;
import io.wavegrid.market.api.Trade;

/**
 * KuCoin's public WebSocket messages of one symbol and timeframe: {@code /market/candles:BTC-USDT_1hour}
 * updates (the bar in progress, repeated until the next one starts), {@code /market/match:BTC-USDT}
 * trades, {@code /market/ticker:BTC-USDT} best bid/ask and {@code /market/level2:BTC-USDT} order book changes. The
 * welcome message is reported, ack and pong messages carry no data, an error message is reported.
 */
public final class KucoinStreamParser {

    /** What a message carried. */
    public interface Sink {
        /** KuCoin greets every connection; subscriptions may be sent only after it. */
        void welcome();

        void candleUpdate(Candle inProgress);

        void trade(Trade trade);

        void ticker(Ticker ticker);

        /** A level 2 message covering the book's sequence numbers {@code start..end}. */
        void bookChanges(long start, long end, List<BookChange> bids, List<BookChange> asks, long time);

        void error(String message);
    }

    private final ObjectMapper json = new ObjectMapper();
    private final Symbol symbol;
    private final Timeframe timeframe;

    public KucoinStreamParser(Symbol symbol, Timeframe timeframe) {
        this.symbol = symbol;
        this.timeframe = timeframe;
    }

    public static String candleTopic(Symbol symbol, Timeframe timeframe) {
        return "/market/candles:" + KucoinInstruments.code(symbol) + "_" + KucoinCandles.type(timeframe);
    }

    public static String tickerTopic(Symbol symbol) {
        return "/market/ticker:" + KucoinInstruments.code(symbol);
    }

    public static String level2Topic(Symbol symbol) {
        return "/market/level2:" + KucoinInstruments.code(symbol);
    }

    public static String matchTopic(Symbol symbol) {
        return "/market/match:" + KucoinInstruments.code(symbol);
    }

    /** @throws IllegalArgumentException when the message is malformed */
    public void parse(String text, Sink sink) {
        JsonNode message;
        try {
            message = json.readTree(text);
        } catch (IOException e) {
            throw new IllegalArgumentException("KuCoin stream message is not JSON: " + abbreviate(text), e);
        }
        String type = message.path("type").asText();
        if ("welcome".equals(type)) {
            sink.welcome();
        } else if ("error".equals(type)) {
            sink.error(message.path("code").asText() + " " + message.path("data").asText(message.toString()));
        } else if ("message".equals(type)) {
            String topic = message.path("topic").asText();
            JsonNode data = message.path("data");
            if (topic.startsWith("/market/candles:")) {
                sink.candleUpdate(candle(data));
            } else if (topic.startsWith("/market/match:")) {
                sink.trade(trade(data));
            } else if (topic.startsWith("/market/ticker:")) {
                sink.ticker(ticker(data));
            } else if (topic.startsWith("/market/level2:")) {
                bookChanges(data, sink);
            }
        }
    }

    private Candle candle(JsonNode data) {
        JsonNode row = data.path("candles");
        if (!row.isArray() || row.size() < 6) {
            throw new IllegalArgumentException("KuCoin candle update without [time, open, close, high, low, volume]: " + data);
        }
        try {
            return new Candle(symbol, timeframe, Long.parseLong(row.get(0).asText()) * 1000L, number(row, 1), number(row, 3),
                    number(row, 4), number(row, 2), number(row, 5));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("KuCoin candle update has a non-numeric field: " + row, e);
        }
    }

    private Trade trade(JsonNode data) {
        KucoinMarket.require(data, "match", "tradeId", "price", "size", "side", "time");
        long nanos = Long.parseLong(data.path("time").asText());
        return new Trade(symbol, data.path("tradeId").asText(), new BigDecimal(data.path("price").asText()),
                new BigDecimal(data.path("size").asText()), KucoinMarket.side(data.path("side").asText()), Instant.ofEpochSecond(0, nanos));
    }

    private Ticker ticker(JsonNode data) {
        KucoinMarket.require(data, "ticker", "price", "bestBid", "bestAsk");
        // KuCoin's documented example spells the field "Time"; the live stream sends "time"
        long time = data.path("time").asLong(data.path("Time").asLong(0));
        return new Ticker(symbol, KucoinMarket.decimal(data.path("bestBid")), KucoinMarket.decimal(data.path("bestAsk")),
                KucoinMarket.decimal(data.path("price")), null, Instant.ofEpochMilli(time));
    }

    private static void bookChanges(JsonNode data, Sink sink) {
        KucoinMarket.require(data, "level 2 change", "sequenceStart", "sequenceEnd", "changes");
        JsonNode changes = data.path("changes");
        try {
            sink.bookChanges(Long.parseLong(data.path("sequenceStart").asText()), Long.parseLong(data.path("sequenceEnd").asText()),
                    changes(changes.path("bids")), changes(changes.path("asks")), data.path("time").asLong(0));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("KuCoin level 2 change has a non-numeric field: " + data, e);
        }
    }

    private static List<BookChange> changes(JsonNode side) {
        List<BookChange> result = new ArrayList<>(side.size());
        for (JsonNode c : side) {
            if (!c.isArray() || c.size() < 3) {
                throw new IllegalArgumentException("KuCoin level 2 change is not [price, size, sequence]: " + c);
            }
            BigDecimal size = new BigDecimal(c.get(1).asText());
            if (size.signum() < 0) {
                throw new IllegalArgumentException("KuCoin level 2 change has a negative size: " + c);
            }
            result.add(new BookChange(new BigDecimal(c.get(0).asText()), size, Long.parseLong(c.get(2).asText())));
        }
        return result;
    }

    private static double number(JsonNode row, int index) {
        return Double.parseDouble(row.get(index).asText());
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "...";
    }
}
