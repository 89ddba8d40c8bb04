package io.wavegrid.infra.api.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import io.wavegrid.market.api.Side;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Timeframe;
import io.wavegrid.signal.api.Category;
import io.wavegrid.signal.api.Direction;
import io.wavegrid.signal.api.SignalStatus;
import io.wavegrid.signal.api.TradingSignal;
import io.wavegrid.trading.api.Fill;
import io.wavegrid.trading.api.Order;
import io.wavegrid.trading.api.OrderRequest;
import io.wavegrid.trading.api.OrderStatus;
import io.wavegrid.trading.api.OrderType;
import io.wavegrid.trading.api.Position;
import io.wavegrid.trading.api.TimeInForce;

/** Valid domain objects for the contract tests, and comparisons that ignore the scale of decimals. */
public final class Fixtures {

    public static final Symbol BTC = new Symbol("BTC", "USDT");
    public static final Symbol ETH = new Symbol("ETH", "USDT");
    /** Whole microseconds: the precision every store keeps. */
    public static final Instant T0 = Instant.parse("2024-03-01T12:00:00.123456Z");

    private Fixtures() {
    }

    public static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    public static OrderRequest limitBuy(String clientOrderId, String quantity, String price) {
        return new OrderRequest(clientOrderId, BTC, Side.BUY, OrderType.LIMIT, dec(quantity), dec(price), null, TimeInForce.GTC);
    }

    public static Order newOrder(OrderRequest request, Instant time) {
        return new Order(request, null, OrderStatus.NEW, BigDecimal.ZERO, null, time, "");
    }

    public static Order moved(Order order, OrderStatus status, String filled, String averagePrice, Instant time) {
        return new Order(order.request(), "ex-" + order.clientOrderId(), status, dec(filled),
                averagePrice == null ? null : dec(averagePrice), time, status == OrderStatus.REJECTED ? "insufficient balance" : "");
    }

    public static TradingSignal signal(String id, Symbol symbol, Instant time) {
        return new TradingSignal(id, "default", symbol, Timeframe.H1, Direction.LONG, 0.72, dec("64250.5"), dec("63000"),
                List.of(dec("65000"), dec("66500.25")), Map.of(Category.TECHNICAL, "RSI 28 turning up", Category.ELLIOTT, "wave 3 start"),
                time, time.plus(4, ChronoUnit.HOURS), SignalStatus.PENDING, "");
    }

    public static Fill fill(String tradeId, String clientOrderId, String quantity, Instant time) {
        return new Fill(tradeId, clientOrderId, "ex-" + clientOrderId, BTC, Side.BUY, dec("64000.12345678"), dec(quantity),
                dec("0.00001"), "BTC", true, time);
    }

    public static Position position(String account, Symbol symbol, String quantity) {
        return new Position(account, symbol, dec(quantity), dec("64000.5"), dec("12.25"), dec("-3.5"), dec("0.75"));
    }

    public static void assertSameDecimal(BigDecimal expected, BigDecimal actual, String what) {
        if (expected == null || actual == null) {
            assertEquals(expected, actual, what);
            return;
        }
        assertEquals(0, expected.compareTo(actual), what + ": expected " + expected + " but was " + actual);
    }

    public static void assertSameOrder(Order expected, Order actual) {
        OrderRequest e = expected.request();
        OrderRequest a = actual.request();
        assertEquals(e.clientOrderId(), a.clientOrderId());
        assertEquals(e.symbol(), a.symbol());
        assertEquals(e.side(), a.side());
        assertEquals(e.type(), a.type());
        assertEquals(e.timeInForce(), a.timeInForce());
        assertSameDecimal(e.quantity(), a.quantity(), "quantity");
        assertSameDecimal(e.price(), a.price(), "price");
        assertSameDecimal(e.stopPrice(), a.stopPrice(), "stop price");
        assertEquals(expected.exchangeOrderId(), actual.exchangeOrderId());
        assertEquals(expected.status(), actual.status());
        assertSameDecimal(expected.filledQuantity(), actual.filledQuantity(), "filled quantity");
        assertSameDecimal(expected.averagePrice(), actual.averagePrice(), "average price");
        assertEquals(expected.updated(), actual.updated());
        assertEquals(expected.rejectReason(), actual.rejectReason());
    }

    public static void assertSameFill(Fill expected, Fill actual) {
        assertEquals(expected.tradeId(), actual.tradeId());
        assertEquals(expected.clientOrderId(), actual.clientOrderId());
        assertEquals(expected.exchangeOrderId(), actual.exchangeOrderId());
        assertEquals(expected.symbol(), actual.symbol());
        assertEquals(expected.side(), actual.side());
        assertSameDecimal(expected.price(), actual.price(), "price");
        assertSameDecimal(expected.quantity(), actual.quantity(), "quantity");
        assertSameDecimal(expected.fee(), actual.fee(), "fee");
        assertEquals(expected.feeAsset(), actual.feeAsset());
        assertEquals(expected.maker(), actual.maker());
        assertEquals(expected.time(), actual.time());
    }

    public static void assertSameSignal(TradingSignal expected, TradingSignal actual) {
        assertEquals(expected.id(), actual.id());
        assertEquals(expected.profile(), actual.profile());
        assertEquals(expected.symbol(), actual.symbol());
        assertEquals(expected.timeframe(), actual.timeframe());
        assertEquals(expected.direction(), actual.direction());
        assertEquals(expected.confidence(), actual.confidence(), 1e-12);
        assertSameDecimal(expected.entry(), actual.entry(), "entry");
        assertSameDecimal(expected.stopLoss(), actual.stopLoss(), "stop loss");
        assertEquals(expected.takeProfits().size(), actual.takeProfits().size(), "take profits");
        for (int i = 0; i < expected.takeProfits().size(); i++) {
            assertSameDecimal(expected.takeProfits().get(i), actual.takeProfits().get(i), "take profit " + i);
        }
        assertEquals(expected.reasoning(), actual.reasoning());
        assertEquals(expected.timestamp(), actual.timestamp());
        assertEquals(expected.expiry(), actual.expiry());
        assertEquals(expected.status(), actual.status());
        assertEquals(expected.reason(), actual.reason());
    }

    public static void assertSamePosition(Position expected, Position actual) {
        assertEquals(expected.account(), actual.account());
        assertEquals(expected.symbol(), actual.symbol());
        assertSameDecimal(expected.quantity(), actual.quantity(), "quantity");
        assertSameDecimal(expected.averageEntry(), actual.averageEntry(), "average entry");
        assertSameDecimal(expected.realizedPnl(), actual.realizedPnl(), "realized P&L");
        assertSameDecimal(expected.unrealizedPnl(), actual.unrealizedPnl(), "unrealized P&L");
        assertSameDecimal(expected.fees(), actual.fees(), "fees");
    }

    /** Polls until the condition holds; for asynchronous deliveries. */
    public static void eventually(java.util.function.BooleanSupplier condition, long timeoutMillis, String what) {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                assertTrue(condition.getAsBoolean(), "timed out waiting for " + what);
                return;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what, e);
            }
        }
    }
}
