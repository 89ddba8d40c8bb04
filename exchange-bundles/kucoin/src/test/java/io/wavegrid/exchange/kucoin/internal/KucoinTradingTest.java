package io.wavegrid.exchange.kucoin.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import io.wavegrid.market.api.Side;
import io.wavegrid.trading.api.Balance;
import io.wavegrid.trading.api.ExchangeException;
import io.wavegrid.trading.api.ExchangeException.Reason;
import io.wavegrid.trading.api.ExecutionListener;
import io.wavegrid.trading.api.Fill;
import io.wavegrid.trading.api.Order;
import io.wavegrid.trading.api.OrderRequest;
import io.wavegrid.trading.api.OrderStatus;
import io.wavegrid.trading.api.OrderType;
import io.wavegrid.trading.api.TimeInForce;

/** Orders and account against the loopback KuCoin: signed calls, idempotency, fills once, errors, 429. */
class KucoinTradingTest extends FakeKucoinTestBase {

    private final List<Fill> fills = new CopyOnWriteArrayList<>();
    private final List<Order> updates = new CopyOnWriteArrayList<>();

    private KucoinAdapter trading() {
        KucoinAdapter a = adapter(true);
        a.setExecutionListener(new ExecutionListener() {
            @Override
            public void onOrderUpdate(Order order) {
                updates.add(order);
            }

            @Override
            public void onFill(Fill fill) {
                fills.add(fill);
            }
        });
        return a;
    }

    private static OrderRequest limitBuy(String clientOid, String size) {
        return new OrderRequest(clientOid, BTC, Side.BUY, OrderType.LIMIT, new BigDecimal(size), new BigDecimal("30000"),
                null, TimeInForce.GTC);
    }

    @Test
    void placesQueriesAndCancelsByClientOidAndByOrderId() throws Exception {
        KucoinAdapter a = trading();
        Order placed = a.place(limitBuy("grid-1-a", "0.01"));
        assertEquals(OrderStatus.SUBMITTED, placed.status());
        assertEquals("grid-1-a", placed.clientOrderId());
        assertEquals(0, new BigDecimal("30000").compareTo(placed.request().price()));

        assertEquals(placed.exchangeOrderId(), a.query(BTC, "grid-1-a").orElseThrow().exchangeOrderId());
        assertEquals("grid-1-a", a.execution().queryById(BTC, placed.exchangeOrderId()).orElseThrow().clientOrderId());
        assertEquals(List.of("grid-1-a"), a.openOrders().stream().map(Order::clientOrderId).toList());

        assertEquals(OrderStatus.CANCELLED, a.cancel(BTC, "grid-1-a").status());
        assertTrue(a.openOrders().isEmpty());

        Order second = a.place(limitBuy("grid-1-b", "0.02"));
        assertEquals(OrderStatus.CANCELLED, a.execution().cancelById(BTC, second.exchangeOrderId()).status());
        assertTrue(fake.rejectedSignatures.isEmpty(), "every signed call verified: " + fake.rejectedSignatures);
    }

    @Test
    void placingTheSameClientOidTwiceReturnsTheExistingOrder() throws Exception {
        KucoinAdapter a = trading();
        Order first = a.place(limitBuy("grid-2-a", "0.01"));
        Order again = a.place(limitBuy("grid-2-a", "0.01"));
        assertEquals(first.exchangeOrderId(), again.exchangeOrderId());
        assertEquals(1, fake.orders.size());
    }

    @Test
    void unknownOrderIsEmptyAndCancellingItIsNotFound() throws Exception {
        KucoinAdapter a = trading();
        assertTrue(a.query(BTC, "nobody").isEmpty());
        ExchangeException e = assertThrows(ExchangeException.class, () -> a.cancel(BTC, "nobody"));
        assertEquals(Reason.NOT_FOUND, e.reason());
        assertTrue(e.getMessage().contains("400100 order not exist."), e.getMessage());
    }

    @Test
    void refusalCarriesKucoinsCodeAndMessage() throws Exception {
        KucoinAdapter a = trading();
        ExchangeException e = assertThrows(ExchangeException.class, () -> a.place(limitBuy("grid-3-a", "0.000001")));
        assertEquals(Reason.REJECTED, e.reason());
        assertTrue(e.getMessage().contains("400100 Order size below the minimum requirement."), e.getMessage());
        assertTrue(fake.orders.isEmpty());
    }

    @Test
    void partialThenFullFillsArePassedOnOnceEach() throws Exception {
        KucoinAdapter a = trading();
        Order placed = a.place(limitBuy("grid-4-a", "0.03"));
        fake.fill(placed.exchangeOrderId(), "0.01", "29999.9", true);
        Order partial = a.query(BTC, "grid-4-a").orElseThrow();
        assertEquals(OrderStatus.PARTIALLY_FILLED, partial.status());
        a.query(BTC, "grid-4-a");
        assertEquals(1, fills.size());

        fake.fill(placed.exchangeOrderId(), "0.02", "30000", false);
        Order filled = a.execution().queryById(BTC, placed.exchangeOrderId()).orElseThrow();
        assertEquals(OrderStatus.FILLED, filled.status());
        // (0.01 * 29999.9 + 0.02 * 30000) / 0.03 to 16 significant digits
        assertEquals(0, new BigDecimal("29999.96666666667").compareTo(filled.averagePrice()), filled.averagePrice().toPlainString());
        assertEquals(2, fills.size());
        assertEquals("grid-4-a", fills.get(1).clientOrderId());
        assertTrue(fills.get(0).maker());
        assertEquals(0, new BigDecimal("0.02").compareTo(fills.get(1).quantity()));
        assertEquals(List.of(OrderStatus.SUBMITTED, OrderStatus.PARTIALLY_FILLED, OrderStatus.FILLED),
                updates.stream().map(Order::status).toList());
        assertEquals(2, a.execution().fills(BTC, placed.exchangeOrderId(), "grid-4-a").size());
    }

    @Test
    void theFillsOfAnOrderKnownOnlyByItsClientOidAreReadWithKucoinsOrderId() throws Exception {
        Order placed = trading().place(limitBuy("grid-5-a", "0.03"));
        fake.fill(placed.exchangeOrderId(), "0.01", "29999.9", true);
        fake.fill(placed.exchangeOrderId(), "0.02", "30000", false);
        Order other = trading().place(limitBuy("grid-5-b", "0.01"));
        fake.fill(other.exchangeOrderId(), "0.01", "30000", false);
        KucoinAdapter restarted = adapter(true);
        Order journaled = new Order(limitBuy("grid-5-a", "0.03"), null, OrderStatus.NEW, null, null, placed.updated(), "");

        List<Fill> read = restarted.fills(journaled).orElseThrow();

        assertEquals(2, read.size(), read.toString());
        assertTrue(read.stream().allMatch(f -> f.clientOrderId().equals("grid-5-a")), read.toString());
        assertEquals(0, new BigDecimal("0.03").compareTo(read.stream().map(Fill::quantity).reduce(BigDecimal.ZERO, BigDecimal::add)));
        Order unknown = new Order(limitBuy("grid-5-z", "0.01"), null, OrderStatus.NEW, null, null, placed.updated(), "");
        assertEquals(List.of(), restarted.fills(unknown).orElseThrow());
    }

    @Test
    void balancesOfTheTradeAccountLeaveEmptyOnesOut() throws Exception {
        List<Balance> balances = trading().balances();
        assertEquals(1, balances.size());
        assertEquals("USDT", balances.get(0).asset());
        assertEquals(0, new BigDecimal("900.5").compareTo(balances.get(0).free()));
        assertEquals(0, new BigDecimal("100").compareTo(balances.get(0).locked()));
    }

    @Test
    void tradingWithoutKeysIsRefusedBeforeAnyCall() {
        ExchangeException e = assertThrows(ExchangeException.class, () -> adapter(false).balances());
        assertEquals(Reason.REJECTED, e.reason());
        assertTrue(e.getMessage().contains("api.passphrase"), e.getMessage());
        assertEquals(0, fake.calls("/api/v1/accounts"));
    }

    @Test
    void tooManyRequestsClosesTheSharedLimiterUntilRetryAfter() throws Exception {
        KucoinAdapter a = trading();
        fake.fault(429, "30", "{\"code\":\"429000\",\"msg\":\"Too Many Requests\"}");
        ExchangeException first = assertThrows(ExchangeException.class, a::balances);
        assertEquals(Reason.RATE_LIMITED, first.reason());
        // the limiter is closed for 30 s, beyond the 2 s patience: the next call fails without reaching KuCoin
        ExchangeException second = assertThrows(ExchangeException.class, () -> a.rules(BTC));
        assertEquals(Reason.RATE_LIMITED, second.reason());
        assertEquals(0, fake.calls("/api/v2/symbols"));
        assertEquals(1, fake.calls("/api/v1/accounts"));
    }

    @Test
    void serverErrorIsUnavailableAndMalformedAnswerIsNamed() throws Exception {
        KucoinAdapter a = trading();
        fake.fault(503, null, "{\"code\":\"503000\",\"msg\":\"Service Unavailable\"}");
        assertEquals(Reason.UNAVAILABLE, assertThrows(ExchangeException.class, a::balances).reason());
        fake.fault(200, null, "<html>gateway</html>");
        ExchangeException e = assertThrows(ExchangeException.class, a::balances);
        assertTrue(e.getMessage().contains("malformed JSON"), e.getMessage());
    }

    @Test
    void stopLimitWaitsOnTheStopEndpointAndIsCancelledByClientOid() throws Exception {
        KucoinAdapter a = trading();
        OrderRequest request = new OrderRequest("grid-5-a", BTC, Side.SELL, OrderType.STOP_LIMIT, new BigDecimal("0.01"),
                new BigDecimal("28900"), new BigDecimal("29000"), TimeInForce.GTC);
        Order placed = a.place(request);
        assertEquals(OrderStatus.SUBMITTED, placed.status());
        assertEquals(request, placed.request(), "KuCoin's view of the stop order is the request sent");
        var sent = fake.stops.byClientOid("grid-5-a").orElseThrow();
        assertEquals("loss", sent.path("stop").asText(), "a sell stop waits for the price to fall");
        assertEquals("limit", sent.path("type").asText());
        assertEquals(0, fake.calls("/api/v1/hf/orders"), "a stop order never goes to the ordinary endpoint");

        assertEquals(placed.exchangeOrderId(), a.query(BTC, "grid-5-a").orElseThrow().exchangeOrderId());
        assertEquals(List.of("grid-5-a"), a.openOrders().stream().map(Order::clientOrderId).toList());

        Order cancelled = a.cancel(BTC, "grid-5-a");
        assertEquals(OrderStatus.CANCELLED, cancelled.status());
        assertTrue(fake.stops.waiting.isEmpty());
        assertTrue(a.query(BTC, "grid-5-a").isEmpty());
        assertEquals(List.of(OrderStatus.SUBMITTED, OrderStatus.CANCELLED), updates.stream().map(Order::status).toList());
        assertTrue(fake.rejectedSignatures.isEmpty(), "every signed call verified: " + fake.rejectedSignatures);
    }

    @Test
    void stopMarketIsPlacedOnceAndIsFollowedIntoTheOrderItBecomes() throws Exception {
        KucoinAdapter a = trading();
        OrderRequest request = new OrderRequest("grid-6-a", BTC, Side.BUY, OrderType.STOP_MARKET, new BigDecimal("0.02"), null,
                new BigDecimal("31000"), null);
        Order placed = a.place(request);
        assertEquals(placed.exchangeOrderId(), a.place(request).exchangeOrderId(), "the same clientOid is the same order");
        assertEquals(1, fake.stops.waiting.size());
        assertEquals("entry", fake.stops.byClientOid("grid-6-a").orElseThrow().path("stop").asText(), "a buy stop waits for a rise");
        assertEquals("market", fake.stops.byClientOid("grid-6-a").orElseThrow().path("type").asText());

        String orderId = fake.trigger("grid-6-a");
        fake.fill(orderId, "0.02", "31005", false);
        Order filled = a.query(BTC, "grid-6-a").orElseThrow();
        assertEquals(OrderStatus.FILLED, filled.status());
        assertEquals(orderId, filled.exchangeOrderId());
        a.query(BTC, "grid-6-a");
        assertEquals(1, fills.size(), "the fill passed once");
        assertEquals(List.of(OrderStatus.SUBMITTED, OrderStatus.FILLED), updates.stream().map(Order::status).toList());
    }

    @Test
    void refusedStopOrderChangesNothing() throws Exception {
        KucoinAdapter a = trading();
        OrderRequest tiny = new OrderRequest("grid-7-a", BTC, Side.SELL, OrderType.STOP_MARKET, new BigDecimal("0.000001"), null,
                new BigDecimal("29000"), null);
        ExchangeException e = assertThrows(ExchangeException.class, () -> a.place(tiny));
        assertEquals(Reason.REJECTED, e.reason());
        assertTrue(e.getMessage().contains("400100") && e.getMessage().contains("minimum"), e.getMessage());
        assertTrue(fake.stops.waiting.isEmpty());
        assertEquals(Reason.NOT_FOUND, assertThrows(ExchangeException.class, () -> a.cancel(BTC, "grid-7-b")).reason());
        assertTrue(updates.isEmpty());
    }
}
