package io.wavegrid.exchange.binance.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

import io.wavegrid.exchange.binance.internal.parse.BinanceInstruments;
import io.wavegrid.exchange.binance.internal.parse.BinanceKlines;
import io.wavegrid.exchange.binance.internal.parse.BinanceOrders;
import io.wavegrid.exchange.binance.internal.parse.StreamParser;
import io.wavegrid.exchange.binance.internal.parse.StreamSink;
import io.wavegrid.exchange.testkit.SharedData;
import io.wavegrid.market.api.BookLevel;
import io.wavegrid.market.api.Candle;
import io.wavegrid.market.api.Side;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Timeframe;
import io.wavegrid.market.api.Trade;
import io.wavegrid.trading.api.Fill;
import io.wavegrid.trading.api.Order;
import io.wavegrid.trading.api.OrderStatus;
import io.wavegrid.trading.api.OrderType;

/** Binance's own documented samples in {@code ../shared/data/api-samples/binance} through the adapter's parsers. */
class BinanceContractTest {

    private static final String DOCS = "api-samples/binance/binance-spot-api-docs-examples/";
    private static final String NAUTILUS = "api-samples/binance/nautilus-docs-derived/spot/";
    private static final String XCHANGE = "api-samples/binance/xchange/xchange-stream-binance/info/bitrich/xchangestream/binance/dto/";

    private final ObjectMapper json = new ObjectMapper();
    private final StreamParser parser = new StreamParser(Symbol::parse);

    /** Everything a parse produced. */
    private static final class Collected implements StreamSink {
        final List<Object> events = new ArrayList<>();
        boolean expired;

        @Override
        public void trade(Trade trade) {
            events.add(trade);
        }

        @Override
        public void closedKline(Candle candle) {
            events.add(candle);
        }

        @Override
        public void bookTicker(Symbol symbol, long updateId, BigDecimal bid, BigDecimal bidQty, BigDecimal ask, BigDecimal askQty) {
            events.add(List.of(symbol, updateId, bid, ask));
        }

        @Override
        public void depth(Symbol symbol, long firstId, long finalId, List<BookLevel> bids, List<BookLevel> asks, long eventTime) {
            events.add(List.of(firstId, finalId, bids, asks));
        }

        @Override
        public void execution(Order order, Fill fill) {
            events.add(order);
            if (fill != null) {
                events.add(fill);
            }
        }

        @Override
        public void listenKeyExpired() {
            expired = true;
        }
    }

    @Test
    void documentedMarketStreams() throws IOException {
        Trade trade = (Trade) parse(DOCS + "web-socket-streams/005_Trade_Streams.json").events.get(0);
        assertEquals(new Trade(new Symbol("BNB", "BTC"), "12345", new BigDecimal("0.001"), new BigDecimal("100"), Side.SELL,
                java.time.Instant.ofEpochMilli(1672515782136L)), trade);

        // the documented kline is a bar still forming (x=false, and its low is above its open): nothing is emitted
        assertTrue(parse(DOCS + "web-socket-streams/007_Kline_Candlestick_Streams_for_UTC.json").events.isEmpty());
        String closed = Files.readString(SharedData.require(DOCS + "web-socket-streams/008_Kline_Candlestick_Streams_with_timezone_offset.json"))
                .replace("\"x\": false", "\"x\": true").replace("\"l\": \"0.0015\"", "\"l\": \"0.0005\"");
        Collected c = new Collected();
        parser.parse(closed, c);
        Candle kline = (Candle) c.events.get(0);
        assertEquals(Timeframe.M1, kline.timeframe());
        assertEquals(0.0025, kline.high());

        List<?> depth = (List<?>) parse(DOCS + "web-socket-streams/017_Diff_Depth_Stream.json").events.get(0);
        assertEquals(List.of(157L, 160L, List.of(new BookLevel(new BigDecimal("0.0024"), new BigDecimal("10"))),
                List.of(new BookLevel(new BigDecimal("0.0026"), new BigDecimal("100")))), depth);
    }

    @Test
    void xchangeStreamSamples() throws IOException {
        assertEquals("12345", ((Trade) parse(XCHANGE + "testTradeEvent.strict.json").events.get(0)).tradeId());
        assertEquals(List.of(new Symbol("BNB", "USDT"), 400900217L, new BigDecimal("25.35190000"), new BigDecimal("25.36520000")),
                parse(XCHANGE + "testBookTickerEvent.strict.json").events.get(0));
        List<?> depth = (List<?>) parse(XCHANGE + "testDepthEvent.strict.json").events.get(0);
        assertEquals(3, ((List<?>) depth.get(3)).size(), "the old third element of each level is ignored");
        // XChange's kline sample is a forming bar (x=false): ignored; closed, its open time off the minute is refused
        assertTrue(parse(XCHANGE + "testKlineEvent.strict.json").events.isEmpty());
        String closed = Files.readString(SharedData.require(XCHANGE + "testKlineEvent.strict.json")).replace("\"x\": false", "\"x\": true");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parser.parse(closed, new Collected()));
        assertTrue(e.getMessage().contains("not aligned"), e.getMessage());
    }

    @Test
    void userDataEvents() throws IOException {
        Order created = (Order) parse(DOCS + "user-data-stream/003_Order_Update.json").events.get(0);
        assertEquals(OrderStatus.SUBMITTED, created.status());
        assertEquals("mUvoqJxFIILMdfAW5iGSOW", created.clientOrderId());

        Collected trade = parse(NAUTILUS + "user_data_json/execution_report_trade.json");
        Fill fill = (Fill) trade.events.get(1);
        assertEquals("98765432", fill.tradeId());
        assertEquals(new BigDecimal("0.00100000"), fill.fee());
        assertEquals("ETH", fill.feeAsset());
        assertTrue(fill.maker());
        assertEquals(OrderStatus.FILLED, ((Order) trade.events.get(0)).status());

        Order stop = (Order) parse(NAUTILUS + "user_data_json/execution_report_stop_loss.json").events.get(0);
        assertEquals(OrderType.STOP_LIMIT, stop.request().type());
        assertEquals(new BigDecimal("2450.00000000"), stop.request().stopPrice());
        for (String name : new String[] {"execution_report_new", "execution_report_canceled", "execution_report_expired",
            "execution_report_wrapped"}) {
            Collected c = parse(NAUTILUS + "user_data_json/" + name + ".json");
            assertTrue(c.events.get(0) instanceof Order, name);
        }
        assertTrue(parse(DOCS + "user-data-stream/005_Event_Stream_Terminated.json").expired);
        for (String ignored : new String[] {"001_Account_Update.json", "002_Balance_Update.json", "006_External_Lock_Update.json"}) {
            assertTrue(parse(DOCS + "user-data-stream/" + ignored).events.isEmpty(), ignored);
        }
    }

    @Test
    void restAnswers() throws IOException {
        BinanceInstruments docs = BinanceInstruments.parse(read(DOCS + "rest-api/005_Exchange_information.json"));
        assertTrue(docs.size() >= 1);
        BinanceInstruments nautilus = BinanceInstruments.parse(read(NAUTILUS + "http_json/exchange_info_response.json"));
        assertNotNull(nautilus.rules(new Symbol("ETH", "BTC")));
        assertEquals(new Symbol("ETH", "BTC"), nautilus.symbol("ETHBTC"));

        Order order = BinanceOrders.order(read(NAUTILUS + "http_json/order_response.json"), Symbol::parse);
        assertEquals(new Symbol("LTC", "BTC"), order.request().symbol());
        assertNull(order.averagePrice());

        JsonNode full = read(NAUTILUS + "http_json/new_order_full_response.json");
        Order filled = BinanceOrders.order(full, Symbol::parse);
        assertEquals(OrderStatus.FILLED, filled.status());
        List<Fill> fills = BinanceOrders.responseFills(full, filled);
        assertEquals(5, fills.size());
        assertEquals(0, fills.stream().map(Fill::quantity).reduce(BigDecimal.ZERO, BigDecimal::add).compareTo(new BigDecimal("10")));
        assertFalse(fills.get(0).maker());

        for (String list : new String[] {"open_orders_response.json", "all_orders_response.json"}) {
            for (JsonNode o : read(NAUTILUS + "http_json/" + list)) {
                assertNotNull(BinanceOrders.order(o, Symbol::parse).clientOrderId());
            }
        }
        for (JsonNode t : read(NAUTILUS + "http_json/account_trades_response.json")) {
            Fill fill = BinanceOrders.myTrade(t, new Symbol("BNB", "BTC"), "x");
            assertEquals("28457", fill.tradeId());
            assertEquals(Side.BUY, fill.side());
        }
        assertFalse(BinanceOrders.balances(read(NAUTILUS + "http_json/account_response.json")).isEmpty());
        List<Candle> klines = BinanceKlines.parse(read(NAUTILUS + "http_json/klines_response.json"), new Symbol("BTC", "USDT"),
                Timeframe.W1, Long.MAX_VALUE);
        assertEquals(1, klines.size());
        JsonNode depth = read(NAUTILUS + "http_json/depth_response.json");
        assertEquals(1027024, depth.path("lastUpdateId").asLong());
    }

    private Collected parse(String sample) throws IOException {
        Collected collected = new Collected();
        parser.parse(Files.readString(SharedData.require(sample)), collected);
        return collected;
    }

    private JsonNode read(String sample) throws IOException {
        Path file = SharedData.require(sample);
        return json.readTree(file.toFile());
    }
}
