package io.wavegrid.exchange.kucoin.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

import io.wavegrid.exchange.kucoin.internal.parse.BookChange;
import io.wavegrid.exchange.kucoin.internal.parse.KucoinCandles;
import io.wavegrid.exchange.kucoin.internal.parse.KucoinInstruments;
import io.wavegrid.exchange.kucoin.internal.parse.KucoinMarket;
import io.wavegrid.exchange.kucoin.internal.parse.KucoinOrders;
import io.wavegrid.exchange.kucoin.internal.parse.KucoinStreamParser;
import io.wavegrid.exchange.testkit.SharedData;
import io.wavegrid.market.api.Candle;
import io.wavegrid.market.api.OrderBook;
import io.wavegrid.market.api.Side;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Ticker;
import io.wavegrid.market.api.Timeframe;
import io.wavegrid.market.api.Trade;
import io.wavegrid.trading.api.Balance;
import io.wavegrid.trading.api.Fill;
import io.wavegrid.trading.api.InstrumentRules;
import io.wavegrid.trading.api.Order;
import io.wavegrid.trading.api.OrderStatus;
import io.wavegrid.trading.api.OrderType;

/** KuCoin's own documented examples in {@code ../shared/data/api-samples/kucoin} through the adapter's parsers. */
class KucoinContractTest {

    private static final String SPEC = "api-samples/kucoin/kucoin-universal-sdk-spec-examples/rest/";
    private static final String WS = "api-samples/kucoin/kucoin-universal-sdk-spec-examples/ws/spot-public/";
    private static final Symbol BTC = new Symbol("BTC", "USDT");

    private final ObjectMapper json = new ObjectMapper();

    /** The {@code data} of a sample's documented response, after checking KuCoin's success code. */
    private JsonNode data(String sample) throws IOException {
        Path file = SharedData.require(SPEC + sample);
        JsonNode response = json.readTree(file.toFile()).path("response_example");
        assertEquals("200000", response.path("code").asText(), sample);
        return response.path("data");
    }

    @Test
    void symbols() throws IOException {
        KucoinInstruments instruments = KucoinInstruments.parse(data("spot-market/get_api_v2_symbols.json"));
        InstrumentRules rules = instruments.rules(BTC);
        assertNotNull(rules);
        assertEquals(0, new BigDecimal("0.1").compareTo(rules.tickSize()));
        assertEquals(0, new BigDecimal("0.00000001").compareTo(rules.stepSize()));
        assertEquals(0, new BigDecimal("0.00001").compareTo(rules.minQuantity()));
        assertEquals(0, new BigDecimal("0.1").compareTo(rules.minNotional()));
        assertTrue(rules.trading());
        assertEquals(BTC, instruments.symbol("BTC-USDT"));
        assertEquals(BTC, instruments.symbol("BTCUSDT"));
        assertEquals("BTC-USDT", KucoinInstruments.code(BTC));
    }

    @Test
    void candlesNewestFirstBecomeOldestFirstWithCloseBeforeHighAndLow() throws IOException {
        List<Candle> candles = KucoinCandles.parse(data("spot-market/get_api_v1_market_candles.json"), BTC, Timeframe.M1,
                Long.MAX_VALUE);
        assertEquals(3, candles.size());
        Candle first = candles.get(0);
        assertEquals(1566789600_000L, first.openTime());
        assertEquals(10408.6, first.open());
        assertEquals(10416, first.close());
        assertEquals(10416, first.high());
        assertEquals(10405.4, first.low());
        assertEquals(12.45584973, first.volume());
        assertEquals(1566789720_000L, candles.get(2).openTime());
    }

    @Test
    void tickerBookAndTrades() throws IOException {
        Ticker ticker = KucoinMarket.ticker(data("spot-market/get_api_v1_market_orderbook_level1.json"), BTC);
        assertEquals(0, new BigDecimal("67267.5").compareTo(ticker.bid()));
        assertEquals(0, new BigDecimal("67267.6").compareTo(ticker.ask()));

        OrderBook book = KucoinMarket.book(data("spot-market/get_api_v1_market_orderbook_level2_size.json"), BTC);
        assertEquals(14610502970L, book.sequence());
        assertEquals(0, new BigDecimal("66976.4").compareTo(book.bids().get(0).price()));
        assertEquals(0, new BigDecimal("66976.5").compareTo(book.asks().get(0).price()));

        List<Trade> trades = KucoinMarket.trades(data("spot-market/get_api_v1_market_histories.json"), BTC);
        assertEquals(3, trades.size());
        assertEquals(Side.BUY, trades.get(0).takerSide());
        assertEquals(1729177117877L, trades.get(0).time().toEpochMilli());
    }

    @Test
    void ordersFillsAndBalances() throws IOException {
        Order filled = KucoinOrders.order(data("spot-order/get_api_v1_hf_orders_client_order_clientOid.json"), Symbol::parse);
        assertEquals(OrderStatus.FILLED, filled.status());
        assertEquals("5c52e11203aa677f33e493fb", filled.clientOrderId());
        assertEquals("6717422bd51c29000775ea03", filled.exchangeOrderId());

        JsonNode active = data("spot-order/get_api_v1_hf_orders_active.json");
        assertEquals(OrderStatus.SUBMITTED, KucoinOrders.order(active.get(0), Symbol::parse).status());

        List<Fill> fills = KucoinOrders.fills(data("spot-order/get_api_v1_hf_fills.json"), Symbol::parse, "5c52e11203aa677f33e493fb");
        assertEquals(1, fills.size());
        assertEquals("11029373945659392", fills.get(0).tradeId());
        assertEquals(0, new BigDecimal("0.000677176").compareTo(fills.get(0).fee()));
        assertTrue(!fills.get(0).maker());

        List<Balance> balances = KucoinOrders.balances(data("account-account/get_api_v1_accounts.json"));
        assertEquals(1, balances.size(), "the main account's USDT is merged with the trade account's");
        assertEquals(0, new BigDecimal("26.67759503").compareTo(balances.get(0).total()));
    }

    @Test
    void waitingStopOrders() throws IOException {
        Order byId = KucoinOrders.stopOrder(data("spot-order/get_api_v1_stop_order_orderId.json"), Symbol::parse);
        assertEquals(OrderType.STOP_LIMIT, byId.request().type());
        assertEquals(OrderStatus.SUBMITTED, byId.status());
        assertEquals(0, new BigDecimal("10").compareTo(byId.request().stopPrice()));
        assertEquals(0, new BigDecimal("0.01").compareTo(byId.request().price()));
        assertEquals("40e0eb9efe6311eb8e58acde48001122", byId.clientOrderId());
        Order byClientOid = KucoinOrders.stopOrder(data("spot-order/get_api_v1_stop_order_queryOrderByClientOid.json").get(0),
                Symbol::parse);
        assertEquals("vs8hoo8os561f5np0032vngj", byClientOid.exchangeOrderId());
        JsonNode list = data("spot-order/get_api_v1_stop_order.json").path("items");
        assertTrue(!list.isEmpty());
        for (JsonNode item : list) {
            assertEquals(OrderStatus.SUBMITTED, KucoinOrders.stopOrder(item, Symbol::parse).status());
        }
    }

    @Test
    void streamCandleMatchTickerAndLevel2Messages() throws IOException {
        List<Object> events = new ArrayList<>();
        KucoinStreamParser.Sink sink = new KucoinStreamParser.Sink() {
            @Override
            public void welcome() {
                events.add("welcome");
            }

            @Override
            public void candleUpdate(Candle inProgress) {
                events.add(inProgress);
            }

            @Override
            public void trade(Trade trade) {
                events.add(trade);
            }

            @Override
            public void ticker(Ticker ticker) {
                events.add(ticker);
            }

            @Override
            public void bookChanges(long start, long end, List<BookChange> bids, List<BookChange> asks, long time) {
                events.add(List.of(start, end, bids, asks, time));
            }

            @Override
            public void error(String message) {
                events.add("error " + message);
            }
        };
        KucoinStreamParser hourly = new KucoinStreamParser(BTC, Timeframe.H1);
        for (String sample : List.of("klines_market_candles_symbol_type.json", "trade_market_match_symbol_symbol.json",
                "ticker_market_ticker_symbol_symbol.json", "orderbookIncrement_market_level2_symbol_symbol.json")) {
            Path file = SharedData.require(WS + sample);
            hourly.parse(json.readTree(file.toFile()).path("response_example").toString(), sink);
        }
        assertEquals(4, events.size(), events.toString());
        Candle candle = (Candle) events.get(0);
        assertEquals(1729839600_000L, candle.openTime());
        assertEquals(67437.6, candle.close());
        assertEquals(67724.8, candle.high());
        Trade trade = (Trade) events.get(1);
        assertEquals("11067996711960577", trade.tradeId());
        assertEquals(1729843222921L, trade.time().toEpochMilli());
        Ticker ticker = (Ticker) events.get(2);
        assertEquals(0, new BigDecimal("0.049").compareTo(ticker.bid()));
        assertEquals(1704873323416L, ticker.time().toEpochMilli());
        assertEquals(List.of(14701689783L, 14701689783L, List.of(), List.of(new BookChange(new BigDecimal("67993.3"),
                new BigDecimal("1.21427407"), 14701689783L)), 1729816425625L), events.get(3));
    }
}
