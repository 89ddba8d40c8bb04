package io.wavegrid.exchange.paper.internal;

import static io.wavegrid.exchange.paper.internal.PaperFixture.BTC;
import static io.wavegrid.exchange.paper.internal.PaperFixture.limit;
import static io.wavegrid.exchange.paper.internal.PaperFixture.market;
import static io.wavegrid.exchange.paper.internal.PaperFixture.stop;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import io.wavegrid.market.api.Side;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Trade;
import io.wavegrid.trading.api.Balance;
import io.wavegrid.trading.api.ExchangeException;
import io.wavegrid.trading.api.ExchangeException.Reason;
import io.wavegrid.trading.api.Fill;
import io.wavegrid.trading.api.Order;
import io.wavegrid.trading.api.OrderRequest;
import io.wavegrid.trading.api.OrderStatus;
import io.wavegrid.trading.api.TimeInForce;

import org.junit.jupiter.api.Test;

class PaperExchangeTest {

    @Test
    void marketBuyFillsAtTheNextOpenWithTakerFeeInBase() throws ExchangeException {
        PaperFixture f = new PaperFixture(1, 0, "1", "USDT:10000");
        f.candle(40000, 40100, 39900, 40000, 10);
        Order placed = f.exchange.place(market("m1", Side.BUY, "0.1"));
        assertEquals(OrderStatus.SUBMITTED, placed.status());
        assertTrue(f.fills.isEmpty(), "nothing fills before the next market data");

        f.candle(40050, 40200, 40000, 40100, 10);

        Fill fill = f.fills.get(0);
        same("40050", fill.price());
        same("0.1", fill.quantity());
        same("0.0001", fill.fee());
        assertEquals("BTC", fill.feeAsset());
        assertFalse(fill.maker());
        assertEquals(OrderStatus.FILLED, f.updates.get(0).status());
        assertEquals(List.of(new Balance("BTC", new BigDecimal("0.0999"), BigDecimal.ZERO),
                new Balance("USDT", new BigDecimal("5995"), BigDecimal.ZERO)), f.exchange.balances());
    }

    @Test
    void anOrdersFillsAreListedForReconciliationOldestFirst() throws ExchangeException {
        PaperFixture f = new PaperFixture(1, 0, "0.5", "USDT:100000");
        f.candle(40000, 40100, 39900, 40000, 1);
        Order placed = f.exchange.place(market("m2", Side.BUY, "1"));
        f.candle(40000, 40100, 39900, 40000, 1); // half the volume may trade: 0.5
        f.candle(40000, 40100, 39900, 40000, 1);

        List<Fill> listed = f.exchange.fills(placed).orElseThrow();

        assertEquals(f.fills, listed);
        assertEquals(2, listed.size());
        assertEquals(List.of(), f.exchange.fills(new Order(market("unknown", Side.BUY, "1"), null, OrderStatus.NEW, null, null,
                placed.updated(), "")).orElseThrow());
    }

    @Test
    void slippageWorsensTakerPricesWithinTheConfiguredBound() throws ExchangeException {
        PaperFixture f = new PaperFixture(7, 10, "1", "USDT:100000", "BTC:10");
        f.candle(40000, 40100, 39900, 40000, 100);
        for (int i = 0; i < 20; i++) {
            f.exchange.place(market("b" + i, Side.BUY, "0.01"));
            f.exchange.place(market("s" + i, Side.SELL, "0.01"));
            f.candle(40000, 40100, 39900, 40000, 100);
        }
        for (Fill fill : f.fills) {
            BigDecimal slip = fill.price().subtract(new BigDecimal("40000")).abs();
            assertTrue(slip.compareTo(new BigDecimal("40.01")) <= 0, "within 10 bps: " + fill.price());
            assertTrue(fill.side() == Side.BUY ? fill.price().compareTo(new BigDecimal("40000")) >= 0
                    : fill.price().compareTo(new BigDecimal("40000")) <= 0, "against the trader: " + fill);
        }
        assertTrue(f.fills.stream().map(Fill::price).distinct().count() > 5, "slippage varies per fill");
    }

    @Test
    void restingLimitFillsAsMakerOnlyWhenTradedThrough() throws ExchangeException {
        PaperFixture f = new PaperFixture(1, 5, "1", "USDT:10000");
        f.candle(40000, 40100, 39900, 40000, 10);
        f.exchange.place(limit("l1", Side.BUY, "0.1", "39500"));
        same("3950.0", lockedUsdt(f));

        f.candle(40000, 40000, 39500, 39600, 10); // touches, does not trade through
        assertTrue(f.fills.isEmpty());
        f.candle(39600, 39700, 39400, 39450, 10);

        Fill fill = f.fills.get(0);
        same("39500", fill.price());
        assertTrue(fill.maker());
        assertEquals(0, lockedUsdt(f).signum());
        same("6050", free(f, "USDT"));
    }

    @Test
    void partialFillsAreLimitedByTradedVolumeAndEachReportedOnce() throws ExchangeException {
        PaperFixture f = new PaperFixture(1, 0, "0.1", "USDT:100000");
        f.candle(40000, 40100, 39900, 40000, 10);
        f.exchange.place(limit("big", Side.BUY, "1", "41000"));
        for (int i = 0; i < 6; i++) {
            f.candle(40000, 40100, 39900, 40000, 3); // 0.3 BTC of liquidity per bar
        }
        assertEquals(List.of("0.3", "0.3", "0.3", "0.1"),
                f.fills.stream().map(x -> x.quantity().toPlainString()).collect(Collectors.toList()));
        assertEquals(4, f.fills.stream().map(Fill::tradeId).distinct().count());
        assertEquals(List.of(OrderStatus.PARTIALLY_FILLED, OrderStatus.PARTIALLY_FILLED, OrderStatus.PARTIALLY_FILLED,
                OrderStatus.FILLED), f.updates.stream().map(Order::status).collect(Collectors.toList()));
        same("40000", f.exchange.query(BTC, "big").orElseThrow().averagePrice());
        same("60000", free(f, "USDT"), "the unused part of the 41000 limit lock came back");
        assertTrue(f.fills.stream().noneMatch(Fill::maker), "crossed the market when placed: takes while the open is within its limit");
    }

    @Test
    void ruleViolationsGetBinancesErrorsAndChangeNothing() throws ExchangeException {
        PaperFixture f = new PaperFixture(1, 0, "1", "USDT:100");
        f.candle(40000, 40100, 39900, 40000, 10);
        List<Balance> before = f.exchange.balances();

        assertRejected(f, limit("a", Side.BUY, "0.000015", "40000"), "-1013 Filter failure: LOT_SIZE (quantity 0.000015 is not a multiple of the step size 0.00001)");
        assertRejected(f, limit("b", Side.BUY, "0.000001", "40000"), "-1013 Filter failure: LOT_SIZE (quantity 0.000001 is below the minimum 0.00001)");
        assertRejected(f, limit("c", Side.BUY, "0.001", "40000.005"), "-1013 Filter failure: PRICE_FILTER (price 40000.005 is not a multiple of the tick size 0.01)");
        assertRejected(f, limit("d", Side.BUY, "0.0001", "40000"), "-1013 Filter failure: NOTIONAL (order value 4.0000 is below the minimum notional 5)");
        assertRejected(f, market("e", Side.BUY, "0.01"), "-2010 Account has insufficient balance for requested action. (BUY 0.01 BTCUSDT is worth about 400 USDT, free 100)");
        assertRejected(f, market("f", Side.SELL, "0.01"), "-2010 Account has insufficient balance for requested action. (SELL 0.01 BTCUSDT needs 0.01 BTC, free 0)");
        assertRejected(f, stop("g", Side.BUY, "0.001", "39000", null), "-2010 Stop price would trigger immediately. (stop 39000 vs last price 40000.0)");
        ExchangeException unknown = assertThrows(ExchangeException.class, () -> f.exchange.place(
                new OrderRequest("h", new Symbol("DOGE", "USDT"), Side.BUY, io.wavegrid.trading.api.OrderType.MARKET, BigDecimal.ONE, null, null, null)));
        assertEquals(Reason.NOT_FOUND, unknown.reason());
        assertTrue(unknown.getMessage().startsWith("-1121 Invalid symbol."));

        assertEquals(before, f.exchange.balances());
        assertTrue(f.exchange.openOrders().isEmpty());
        f.candle(40000, 40100, 39000, 40000, 10);
        assertTrue(f.fills.isEmpty() && f.updates.isEmpty());
    }

    @Test
    void cancelReleasesTheLockAndUnknownOrdersAreReported() throws ExchangeException {
        PaperFixture f = new PaperFixture(1, 0, "1", "USDT:1000");
        f.candle(40000, 40100, 39900, 40000, 10);
        f.exchange.place(limit("c1", Side.BUY, "0.01", "39000"));
        same("610.00", free(f, "USDT"));

        Order cancelled = f.exchange.cancel(BTC, "c1");

        assertEquals(OrderStatus.CANCELLED, cancelled.status());
        assertEquals(OrderStatus.CANCELLED, f.updates.get(0).status());
        same("1000", free(f, "USDT"));
        ExchangeException e = assertThrows(ExchangeException.class, () -> f.exchange.cancel(BTC, "c1"));
        assertTrue(e.getMessage().startsWith("-2011 Unknown order sent."));
    }

    @Test
    void placingTheSameClientOrderIdTwiceCreatesOneOrder() throws ExchangeException {
        PaperFixture f = new PaperFixture(1, 0, "1", "USDT:1000");
        f.candle(40000, 40100, 39900, 40000, 10);
        Order first = f.exchange.place(limit("dup", Side.BUY, "0.01", "39000"));
        Order again = f.exchange.place(limit("dup", Side.BUY, "0.01", "39000"));
        assertEquals(first.exchangeOrderId(), again.exchangeOrderId());
        assertEquals(1, f.exchange.openOrders().size());
        same("610.00", free(f, "USDT"));
    }

    @Test
    void stopsTriggerAtTheStopOrAtAGappedOpen() throws ExchangeException {
        PaperFixture f = new PaperFixture(1, 0, "1", "BTC:1");
        f.candle(40000, 40100, 39900, 40000, 10);
        f.exchange.place(stop("sl", Side.SELL, "0.5", "39000", null));
        f.exchange.place(stop("sll", Side.SELL, "0.5", "39500", "39400"));
        f.candle(40000, 40050, 39800, 39900, 10);
        assertTrue(f.fills.isEmpty());

        f.candle(38500, 38700, 38000, 38200, 10); // gaps below both stops

        Fill stopMarket = f.fills.stream().filter(x -> x.clientOrderId().equals("sl")).findFirst().orElseThrow();
        same("38500", stopMarket.price(), "fills at the gapped open, not the stop");
        assertEquals("USDT", stopMarket.feeAsset());
        same("19.25", stopMarket.fee());
        assertTrue(f.fills.stream().noneMatch(x -> x.clientOrderId().equals("sll")), "open below the limit: the stop-limit rests");
        f.candle(38200, 39600, 38100, 39500, 10);
        assertTrue(f.fills.stream().anyMatch(x -> x.clientOrderId().equals("sll") && x.price().equals(new BigDecimal("39400"))));
    }

    @Test
    void immediateOrCancelAndFillOrKill() throws ExchangeException {
        PaperFixture f = new PaperFixture(1, 0, "0.1", "USDT:200000");
        f.candle(40000, 40100, 39900, 40000, 10);
        f.exchange.place(limit("ioc", Side.BUY, "2", "40100", TimeInForce.IOC));
        f.exchange.place(limit("fok", Side.BUY, "2", "40100", TimeInForce.FOK));
        f.candle(40000, 40100, 39900, 40000, 10); // 1 BTC of liquidity

        same("1.0", f.exchange.query(BTC, "ioc").orElseThrow().filledQuantity());
        assertEquals(OrderStatus.EXPIRED, f.exchange.query(BTC, "ioc").orElseThrow().status());
        same("0", f.exchange.query(BTC, "fok").orElseThrow().filledQuantity());
        assertEquals(OrderStatus.EXPIRED, f.exchange.query(BTC, "fok").orElseThrow().status());
        assertEquals(0, lockedUsdt(f).signum());
    }

    @Test
    void tradesDriveFillsToo() throws ExchangeException {
        PaperFixture f = new PaperFixture(1, 0, "1", "USDT:10000");
        f.exchange.onTrade(new Trade(BTC, "1", new BigDecimal("40000"), new BigDecimal("0.5"), Side.BUY, Instant.ofEpochSecond(1)));
        f.exchange.place(limit("t", Side.BUY, "0.2", "39990"));
        f.exchange.onTrade(new Trade(BTC, "2", new BigDecimal("39995"), new BigDecimal("0.5"), Side.SELL, Instant.ofEpochSecond(2)));
        assertTrue(f.fills.isEmpty());
        f.exchange.onTrade(new Trade(BTC, "3", new BigDecimal("39980"), new BigDecimal("0.05"), Side.SELL, Instant.ofEpochSecond(3)));
        f.exchange.onTrade(new Trade(BTC, "4", new BigDecimal("39985"), new BigDecimal("1"), Side.SELL, Instant.ofEpochSecond(4)));
        assertEquals(List.of(new BigDecimal("0.05"), new BigDecimal("0.15")),
                f.fills.stream().map(Fill::quantity).collect(Collectors.toList()));
        assertEquals(Instant.ofEpochSecond(4), f.fills.get(1).time());
    }

    @Test
    void sameSeedAndDataGiveTheSameRunAndAnotherSeedDiffers() throws ExchangeException {
        List<Fill> a = run(11);
        List<Fill> b = run(11);
        List<Fill> c = run(12);
        assertEquals(a, b);
        assertFalse(a.equals(c));
    }

    private static List<Fill> run(long seed) throws ExchangeException {
        PaperFixture f = new PaperFixture(seed, 5, "0.2", "USDT:1000000", "BTC:10");
        double price = 40000;
        for (int i = 0; i < 300; i++) {
            price *= 1 + 0.002 * Math.sin(i / 7.0);
            f.candle(price, price * 1.001, price * 0.999, price, 1 + i % 5);
            if (i % 10 == 0) {
                f.exchange.place(market("m" + i, i % 20 == 0 ? Side.BUY : Side.SELL, "0.5"));
            }
        }
        return f.fills;
    }

    private static void same(String expected, BigDecimal actual, String... message) {
        assertTrue(actual != null && new BigDecimal(expected).compareTo(actual) == 0,
                "expected " + expected + " but was " + actual + " " + String.join(" ", message));
    }

    private static void assertRejected(PaperFixture f, OrderRequest request, String message) {
        ExchangeException e = assertThrows(ExchangeException.class, () -> f.exchange.place(request));
        assertEquals(Reason.REJECTED, e.reason());
        assertEquals(message, e.getMessage());
    }

    private static BigDecimal free(PaperFixture f, String asset) throws ExchangeException {
        return f.exchange.balances().stream().filter(b -> b.asset().equals(asset)).findFirst().map(Balance::free).orElse(BigDecimal.ZERO);
    }

    private static BigDecimal lockedUsdt(PaperFixture f) throws ExchangeException {
        return f.exchange.balances().stream().filter(b -> b.asset().equals("USDT")).findFirst().map(Balance::locked).orElse(BigDecimal.ZERO);
    }
}
