package io.wavegrid.exchange.binance.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.wavegrid.market.api.Side;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Timeframe;
import io.wavegrid.trading.api.ExchangeException;
import io.wavegrid.trading.api.ExchangeException.Reason;
import io.wavegrid.trading.api.ExecutionListener;
import io.wavegrid.trading.api.Fill;
import io.wavegrid.trading.api.InstrumentRules;
import io.wavegrid.trading.api.Order;
import io.wavegrid.trading.api.OrderRequest;
import io.wavegrid.trading.api.OrderStatus;
import io.wavegrid.trading.api.OrderType;

import org.junit.jupiter.api.Test;

/** Orders, account, rules and rate limits against the fake Binance. */
class BinanceTradingTest extends FakeBinanceTestBase {

    private static final OrderRequest BUY = new OrderRequest("t-1", BTC, Side.BUY, OrderType.LIMIT, new BigDecimal("1"),
            new BigDecimal("40000"), null, null);

    private final List<Fill> fills = new CopyOnWriteArrayList<>();
    private final List<Order> updates = new CopyOnWriteArrayList<>();

    @Test
    void everyFillArrivesExactlyOnceThroughAnswerStreamExpiredListenKeyAndReconciliation() throws Exception {
        fake.newOrderAnswer = order("PARTIALLY_FILLED", "0.4", "16000", ",\"fills\":[" + responseFill(1, "0.4") + "]");
        fake.orders.put("t-1", order("FILLED", "1", "40000", ""));
        fake.myTrades.add(myTrade(1, "0.4"));
        fake.myTrades.add(myTrade(2, "0.6")); // traded while the user stream was down: only REST knows it
        fake.userScript = (n, s) -> {
            if (n == 1) {
                pause(() -> fake.calls("/api/v3/order") >= 1);
                s.send(executionReport("TRADE", "PARTIALLY_FILLED", 1, "0.4", "0.4"));
                s.send(executionReport("TRADE", "PARTIALLY_FILLED", 1, "0.4", "0.4")); // repeated
                s.send("{\"e\":\"listenKeyExpired\",\"E\":1700000001000,\"listenKey\":\"" + fake.listenKeys.get(0) + "\"}");
            }
        };
        adapter = new BinanceAdapter(new TestConfig(fake, true, false, 30_000, 10_000));
        adapter.setExecutionListener(recorder());

        Order placed = adapter.place(BUY);

        assertEquals(OrderStatus.PARTIALLY_FILLED, placed.status());
        await(() -> fills.size() >= 2 && updates.stream().anyMatch(o -> o.status() == OrderStatus.FILLED), 10);
        Thread.sleep(200);
        assertEquals(List.of("1", "2"), fills.stream().map(Fill::tradeId).toList());
        assertEquals(new BigDecimal("0.6"), fills.get(1).quantity());
        assertEquals(List.of(OrderStatus.PARTIALLY_FILLED, OrderStatus.FILLED), updates.stream().map(Order::status).toList());
        assertEquals(2, fake.listenKeys.size(), "a new listen key after expiry");
        assertEquals(2, fake.userSessions());
    }

    @Test
    void theFillsOfAnOrderKnownOnlyByItsClientIdAreReadWithItsBinanceId() throws Exception {
        fake.orders.put("t-1", order("FILLED", "1", "40000", ""));
        fake.myTrades.add(myTrade(1, "0.4"));
        fake.myTrades.add(myTrade(7, "0.2").replace("\"orderId\":28,", "\"orderId\":29,")); // another order's
        fake.myTrades.add(myTrade(2, "0.6"));
        adapter = new BinanceAdapter(new TestConfig(fake, true, false, 30_000, 10_000));
        Order journaled = new Order(BUY, null, OrderStatus.NEW, null, null, Instant.ofEpochMilli(1_700_000_000_000L), "");

        List<Fill> fills = adapter.fills(journaled).orElseThrow();

        assertEquals(List.of("1", "2"), fills.stream().map(Fill::tradeId).toList());
        assertEquals(List.of(new BigDecimal("0.4"), new BigDecimal("0.6")), fills.stream().map(Fill::quantity).toList());
        assertTrue(fills.stream().allMatch(f -> f.clientOrderId().equals("t-1") && f.exchangeOrderId().equals("28")), fills.toString());
        assertTrue(fake.signedQueries.stream().anyMatch(q -> q.contains("orderId=28")), fake.signedQueries.toString());
    }

    @Test
    void noFillsForAnOrderBinanceDoesNotKnow() throws Exception {
        adapter = new BinanceAdapter(new TestConfig(fake, true, false, 30_000, 10_000));
        Order journaled = new Order(BUY, null, OrderStatus.NEW, null, null, Instant.ofEpochMilli(1_700_000_000_000L), "");

        assertEquals(List.of(), adapter.fills(journaled).orElseThrow());
    }

    @Test
    void requestsAreSignedWithHmacSha256OfTheQuery() throws Exception {
        fake.orders.put("t-1", order("NEW", "0", "0", ""));
        adapter = new BinanceAdapter(new TestConfig(fake, true, false, 30_000, 10_000));
        assertTrue(adapter.query(BTC, "t-1").isPresent());
        String query = fake.signedQueries.get(0);
        String payload = query.substring(0, query.indexOf("&signature="));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(FakeBinance.SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        assertEquals(HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8))),
                query.substring(query.indexOf("&signature=") + 11));
        assertTrue(payload.startsWith("symbol=BTCUSDT&origClientOrderId=t-1&recvWindow=5000&timestamp="), payload);
    }

    @Test
    void aDuplicateClientOrderIdReturnsTheExistingOrderAndRefusalsKeepBinancesWords() throws Exception {
        adapter = new BinanceAdapter(new TestConfig(fake, true, false, 30_000, 10_000));
        fake.orders.put("t-1", order("NEW", "0", "0", ""));
        fake.faults.add(new FakeBinance.Fault(400, null, "{\"code\":-2010,\"msg\":\"Duplicate order sent.\"}"));
        assertEquals("28", adapter.place(BUY).exchangeOrderId());

        fake.faults.add(new FakeBinance.Fault(400, null, "{\"code\":-1013,\"msg\":\"Filter failure: LOT_SIZE\"}"));
        ExchangeException refused = assertThrows(ExchangeException.class, () -> adapter.place(BUY));
        assertEquals(Reason.REJECTED, refused.reason());
        assertEquals("Binance POST /api/v3/order: -1013 Filter failure: LOT_SIZE", refused.getMessage());

        fake.orders.clear();
        assertFalse(adapter.query(BTC, "t-1").isPresent(), "-2013 Order does not exist. is an empty answer");

        BinanceAdapter noKeys = new BinanceAdapter(new TestConfig(fake, false, false, 30_000, 10_000));
        try {
            assertTrue(assertThrows(ExchangeException.class, () -> noKeys.place(BUY)).getMessage().contains("needs an API key"));
        } finally {
            noKeys.deactivate();
        }
    }

    @Test
    void instrumentRulesComeFromExchangeInfo() throws Exception {
        adapter = new BinanceAdapter(new TestConfig(fake, false, false, 30_000, 10_000));
        InstrumentRules btc = adapter.rules(BTC);
        assertEquals(new BigDecimal("0.01"), btc.tickSize());
        assertEquals(new BigDecimal("0.00001"), btc.stepSize());
        assertEquals(new BigDecimal("5"), btc.minNotional());
        assertTrue(btc.trading());
        assertFalse(adapter.rules(new Symbol("ETH", "BTC")).trading());
        assertEquals(Reason.NOT_FOUND, assertThrows(ExchangeException.class, () -> adapter.rules(new Symbol("DOGE", "USDT"))).reason());
        assertEquals(1, fake.calls("/api/v3/exchangeInfo"), "loaded once, then cached");
    }

    @Test
    void tooManyRequestsThenBanStopCallsUntilRetryAfterAndUsageHeadersCount() throws Exception {
        adapter = new BinanceAdapter(new TestConfig(fake, false, false, 30_000, 0));
        long from = fake.base;
        long to = fake.base + 10 * 60_000L;

        fake.faults.add(new FakeBinance.Fault(429, "1", "{\"code\":-1003,\"msg\":\"Too many requests.\"}"));
        IOException limited = assertThrows(IOException.class, () -> adapter.candles(BTC, Timeframe.M1, from, to, 10));
        assertTrue(limited.getMessage().contains("429"), limited.getMessage());
        assertThrows(IOException.class, () -> adapter.candles(BTC, Timeframe.M1, from, to, 10));
        assertEquals(1, fake.calls("/api/v3/klines"), "no call while the budget is closed");
        Thread.sleep(1100);
        assertEquals(10, adapter.candles(BTC, Timeframe.M1, from, to, 10).size());

        fake.faults.add(new FakeBinance.Fault(418, "1", "{\"code\":-1003,\"msg\":\"Way too many requests; IP banned.\"}"));
        IOException banned = assertThrows(IOException.class, () -> adapter.candles(BTC, Timeframe.M1, from, to, 10));
        assertTrue(banned.getMessage().contains("418"), banned.getMessage());
        IOException refused = assertThrows(IOException.class, () -> adapter.candles(BTC, Timeframe.M1, from, to, 10));
        assertTrue(refused.getMessage().contains("banned"), refused.getMessage());
        assertEquals(3, fake.calls("/api/v3/klines"));
        Thread.sleep(1100);
        adapter.candles(BTC, Timeframe.M1, from, to, 10);

        fake.usedWeight = 5999;
        adapter.candles(BTC, Timeframe.M1, from, to, 10);
        assertThrows(IOException.class, () -> adapter.candles(BTC, Timeframe.M1, from, to, 10));
        assertEquals(5, fake.calls("/api/v3/klines"), "the exchange's usage header closed the budget");
    }

    private ExecutionListener recorder() {
        return new ExecutionListener() {
            @Override
            public void onOrderUpdate(Order order) {
                updates.add(order);
            }

            @Override
            public void onFill(Fill fill) {
                fills.add(fill);
            }
        };
    }

    private static String order(String status, String executed, String quote, String extra) {
        return "{\"symbol\":\"BTCUSDT\",\"orderId\":28,\"orderListId\":-1,\"clientOrderId\":\"t-1\",\"transactTime\":1700000000000,"
                + "\"price\":\"40000.00000000\",\"origQty\":\"1.00000000\",\"executedQty\":\"" + executed + "\","
                + "\"cummulativeQuoteQty\":\"" + quote + "\",\"status\":\"" + status + "\",\"timeInForce\":\"GTC\",\"type\":\"LIMIT\","
                + "\"side\":\"BUY\",\"workingTime\":1700000000000,\"selfTradePreventionMode\":\"NONE\"" + extra + "}";
    }

    private static String responseFill(int tradeId, String qty) {
        return "{\"price\":\"40000.00000000\",\"qty\":\"" + qty + "\",\"commission\":\"0.0004\",\"commissionAsset\":\"BTC\",\"tradeId\":" + tradeId + "}";
    }

    private static String myTrade(int id, String qty) {
        return "{\"symbol\":\"BTCUSDT\",\"id\":" + id + ",\"orderId\":28,\"orderListId\":-1,\"price\":\"40000.00000000\",\"qty\":\"" + qty
                + "\",\"quoteQty\":\"1\",\"commission\":\"0.0001\",\"commissionAsset\":\"BTC\",\"time\":1700000000000,"
                + "\"isBuyer\":true,\"isMaker\":true,\"isBestMatch\":true}";
    }

    private static String executionReport(String exec, String status, int tradeId, String last, String cumulative) {
        return "{\"e\":\"executionReport\",\"E\":1700000000500,\"s\":\"BTCUSDT\",\"c\":\"t-1\",\"S\":\"BUY\",\"o\":\"LIMIT\",\"f\":\"GTC\","
                + "\"q\":\"1.00000000\",\"p\":\"40000.00000000\",\"P\":\"0.00000000\",\"F\":\"0.00000000\",\"g\":-1,\"C\":\"\","
                + "\"x\":\"" + exec + "\",\"X\":\"" + status + "\",\"r\":\"NONE\",\"i\":28,\"l\":\"" + last + "\",\"z\":\"" + cumulative
                + "\",\"L\":\"40000.00000000\",\"n\":\"0.0004\",\"N\":\"BTC\",\"T\":1700000000400,\"t\":" + tradeId
                + ",\"I\":8641984,\"w\":false,\"m\":false,\"M\":true,\"O\":1700000000000,\"Z\":\"16000\",\"Y\":\"16000\",\"Q\":\"0\","
                + "\"W\":1700000000000,\"V\":\"NONE\"}";
    }
}
