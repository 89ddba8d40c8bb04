package io.wavegrid.exchange.binance.internal.parse;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import io.wavegrid.market.api.BookLevel;
import io.wavegrid.market.api.Candle;
import io.wavegrid.market.api.Side;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Timeframe;
import io.wavegrid.market.api.Trade;
import io.wavegrid.trading.api.Fill;
import io.wavegrid.trading.api.Order;
import io.wavegrid.trading.api.OrderRequest;
import io.wavegrid.trading.api.OrderType;

/**
 * Reads Binance stream messages (raw or wrapped in a combined stream's {@code data} or the WebSocket API's
 * {@code event}) with Jackson's streaming parser into reused fields, then hands the platform's records to a
 * sink. One instance per connection: it is not thread-safe. Malformed or unknown-shaped messages raise
 * {@link IOException} or {@link IllegalArgumentException} naming the problem.
 */
public final class StreamParser {

    private final JsonFactory factory = new JsonFactory();
    private final Function<String, Symbol> symbols;
    private final RawEvent ev = new RawEvent();

    public StreamParser(Function<String, Symbol> symbols) {
        this.symbols = symbols;
    }

    public void parse(String message, StreamSink sink) throws IOException {
        ev.reset();
        try (JsonParser p = factory.createParser(message)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("Binance stream message is not a JSON object: " + abbreviate(message));
            }
            readObject(p);
        }
        dispatch(sink);
    }

    private void readObject(JsonParser p) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken token = p.nextToken();
            if (token == JsonToken.START_OBJECT) {
                if (name.equals("data") || name.equals("event")) {
                    readObject(p);
                } else if (name.equals("k")) {
                    readKline(p);
                } else {
                    p.skipChildren();
                }
            } else if (token == JsonToken.START_ARRAY) {
                if (name.equals("b")) {
                    readLevels(p, ev.bids);
                } else if (name.equals("a")) {
                    readLevels(p, ev.asks);
                } else {
                    p.skipChildren();
                }
            } else if (token != JsonToken.VALUE_NULL) {
                ev.set(name, p);
            }
        }
    }

    private void readKline(JsonParser p) throws IOException {
        ev.kline = true;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            switch (name) {
                case "t" -> ev.klineOpen = p.getLongValue();
                case "i" -> ev.interval = p.getText();
                case "o" -> ev.open = p.getValueAsDouble();
                case "h" -> ev.high = p.getValueAsDouble();
                case "l" -> ev.low = p.getValueAsDouble();
                case "c" -> ev.close = p.getValueAsDouble();
                case "v" -> ev.volume = p.getValueAsDouble();
                case "x" -> ev.closed = p.getBooleanValue();
                default -> p.skipChildren();
            }
        }
    }

    private static void readLevels(JsonParser p, List<BookLevel> into) throws IOException {
        while (p.nextToken() == JsonToken.START_ARRAY) {
            p.nextToken();
            BigDecimal price = new BigDecimal(p.getText());
            p.nextToken();
            BigDecimal quantity = new BigDecimal(p.getText());
            while (p.nextToken() != JsonToken.END_ARRAY) {
                p.skipChildren(); // old messages carry an ignored third element
            }
            into.add(new BookLevel(price, quantity));
        }
    }

    private void dispatch(StreamSink sink) {
        String e = ev.e;
        if (e == null) {
            if (ev.u != 0 && ev.bidText != null && ev.askText != null) {
                sink.bookTicker(symbols.apply(ev.s), ev.u, new BigDecimal(ev.bidText), new BigDecimal(ev.bidQty),
                        new BigDecimal(ev.askText), new BigDecimal(ev.askQty));
            }
            return;
        }
        switch (e) {
            case "trade" -> sink.trade(new Trade(symbols.apply(ev.s), Long.toString(ev.t), new BigDecimal(ev.p),
                    new BigDecimal(ev.q), ev.m ? Side.SELL : Side.BUY, Instant.ofEpochMilli(ev.tradeTime)));
            case "kline" -> {
                if (!ev.kline) {
                    throw new IllegalArgumentException("kline event without its k object");
                }
                if (ev.closed) {
                    sink.closedKline(new Candle(symbols.apply(ev.s), Timeframe.parse(ev.interval), ev.klineOpen, ev.open,
                            ev.high, ev.low, ev.close, ev.volume));
                }
            }
            case "depthUpdate" -> sink.depth(symbols.apply(ev.s), ev.firstUpdate, ev.u, List.copyOf(ev.bids),
                    List.copyOf(ev.asks), ev.eventTime);
            case "executionReport" -> execution(sink);
            case "listenKeyExpired", "eventStreamTerminated" -> sink.listenKeyExpired();
            default -> { } // account position and balance updates are read through REST when needed
        }
    }

    private void execution(StreamSink sink) {
        Symbol symbol = symbols.apply(ev.s);
        OrderType type = BinanceOrders.type(ev.orderType);
        String clientId = "CANCELED".equals(ev.status) && ev.origClientId != null && !ev.origClientId.isEmpty()
                ? ev.origClientId : ev.clientId;
        OrderRequest request = new OrderRequest(clientId, symbol, Side.valueOf(ev.side), type, new BigDecimal(ev.q),
                type.needsPrice() ? new BigDecimal(ev.p) : null, type.needsStopPrice() ? new BigDecimal(ev.stopPrice) : null,
                BinanceOrders.tif(ev.tif));
        BigDecimal cumulative = new BigDecimal(ev.cumulativeQty);
        String reject = "NONE".equals(ev.rejectReason) ? "" : ev.rejectReason;
        Order order = new Order(request, Long.toString(ev.orderId), BinanceOrders.status(ev.status), cumulative,
                BinanceOrders.average(new BigDecimal(ev.cumulativeQuote == null ? "0" : ev.cumulativeQuote), cumulative), Instant.ofEpochMilli(ev.eventTime), reject);
        Fill fill = null;
        if ("TRADE".equals(ev.executionType)) {
            fill = new Fill(Long.toString(ev.t), clientId, order.exchangeOrderId(), symbol, request.side(),
                    new BigDecimal(ev.lastPrice), new BigDecimal(ev.lastQty), new BigDecimal(ev.commission == null ? "0" : ev.commission),
                    ev.commissionAsset == null ? "" : ev.commissionAsset, ev.m, Instant.ofEpochMilli(ev.tradeTime));
        }
        sink.execution(order, fill);
    }

    private static String abbreviate(String text) {
        return text.length() <= 120 ? text : text.substring(0, 120) + "...";
    }

    /** The fields of one message; reused, so parsing allocates only what the records need. */
    private static final class RawEvent {
        String e;
        String s;
        long eventTime;
        long t;
        long tradeTime;
        String p;
        String q;
        boolean m;
        long u;
        long firstUpdate;
        String bidText;
        String bidQty;
        String askText;
        String askQty;
        final List<BookLevel> bids = new ArrayList<>();
        final List<BookLevel> asks = new ArrayList<>();
        boolean kline;
        long klineOpen;
        String interval;
        double open;
        double high;
        double low;
        double close;
        double volume;
        boolean closed;
        String clientId;
        String origClientId;
        String side;
        String orderType;
        String tif;
        String stopPrice;
        String executionType;
        String status;
        String rejectReason;
        long orderId;
        String lastQty;
        String cumulativeQty;
        String lastPrice;
        String commission;
        String commissionAsset;
        String cumulativeQuote;

        void reset() {
            e = s = p = q = bidText = bidQty = askText = askQty = interval = null;
            clientId = origClientId = side = orderType = tif = stopPrice = executionType = status = rejectReason = null;
            lastQty = cumulativeQty = lastPrice = commission = commissionAsset = cumulativeQuote = null;
            eventTime = t = tradeTime = u = firstUpdate = klineOpen = orderId = 0;
            m = kline = closed = false;
            bids.clear();
            asks.clear();
        }

        void set(String name, JsonParser p) throws IOException {
            switch (name) {
                case "e" -> e = p.getText();
                case "E" -> eventTime = p.getValueAsLong();
                case "s" -> s = p.getText();
                case "t" -> t = p.getValueAsLong();
                case "T" -> tradeTime = p.getValueAsLong();
                case "p" -> this.p = p.getText();
                case "q" -> q = p.getText();
                case "m" -> m = p.getValueAsBoolean();
                case "u" -> u = p.getValueAsLong();
                case "U" -> firstUpdate = p.getValueAsLong();
                case "b" -> bidText = p.getText();
                case "B" -> bidQty = p.getText();
                case "a" -> askText = p.getText();
                case "A" -> askQty = p.getText();
                case "c" -> clientId = p.getText();
                case "C" -> origClientId = p.getText();
                case "S" -> side = p.getText();
                case "o" -> orderType = p.getText();
                case "f" -> tif = p.getText();
                case "P" -> stopPrice = p.getText();
                case "x" -> executionType = p.getText();
                case "X" -> status = p.getText();
                case "r" -> rejectReason = p.getText();
                case "i" -> orderId = p.getValueAsLong();
                case "l" -> lastQty = p.getText();
                case "z" -> cumulativeQty = p.getText();
                case "L" -> lastPrice = p.getText();
                case "n" -> commission = p.getText();
                case "N" -> commissionAsset = p.getText();
                case "Z" -> cumulativeQuote = p.getText();
                default -> { }
            }
        }
    }
}
