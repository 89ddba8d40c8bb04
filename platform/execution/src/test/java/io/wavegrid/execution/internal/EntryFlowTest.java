package io.wavegrid.execution.internal;

import static io.wavegrid.execution.internal.Harness.BTC;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import io.wavegrid.signal.api.Direction;
import io.wavegrid.signal.api.SignalStatus;
import io.wavegrid.trading.api.Order;
import io.wavegrid.trading.api.OrderStatus;
import io.wavegrid.trading.api.OrderType;
import io.wavegrid.trading.api.Position;
import io.wavegrid.trading.api.ReconciliationReport;

import org.junit.jupiter.api.Test;

/** A signal's way through risk, journal and the paper exchange to a protected position and out again. */
class EntryFlowTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static void assertAmount(String expected, BigDecimal actual) {
        assertEquals(0, d(expected).compareTo(actual), "expected " + expected + " but was " + actual.toPlainString());
    }

    @Test
    void longSignalIsSizedJournaledFilledProtectedOnTheExchangeAndExecuted() throws Exception {
        Harness h = new Harness();
        h.candle(100, 100, 100, 100, 1000);

        String id = h.signal(Direction.LONG, "100", "95", "110");

        assertEquals(SignalStatus.ACTIVE, h.signals.status(id));
        Order entry = h.desk.openOrders().get(0);
        // 3% of 10000 over a stop distance of 5 is 60 BTC, capped at 95% of the balance: 95 BTC at 100 is too much.
        assertAmount("60", entry.request().quantity());
        assertEquals(OrderType.MARKET, entry.request().type());
        assertTrue(entry.clientOrderId().endsWith("-E.1"), entry.clientOrderId());

        h.candle(100, 101, 99, 100.5, 1000);

        assertEquals(SignalStatus.EXECUTED, h.signals.status(id));
        Position position = h.desk.positions().get(0);
        assertAmount("59.94", position.quantity()); // 60 bought, 0.06 BTC paid as fee
        assertAmount("100", position.averageEntry());
        assertAmount("6", position.fees()); // 0.06 BTC at 100
        assertAmount("29.97", position.unrealizedPnl()); // marked at 100.5
        List<Order> resting = h.openOnExchange();
        assertEquals(1, resting.size());
        assertEquals(OrderType.STOP_MARKET, resting.get(0).request().type());
        assertAmount("95", resting.get(0).request().stopPrice());
        assertAmount("59.94", resting.get(0).request().quantity());
        assertTrue(resting.get(0).clientOrderId().endsWith("-S.1"));

        ReconciliationReport report = h.desk.reconcile();
        assertTrue(report.clean(), report.toString());
        assertAmount("4000", h.desk.snapshot().balance()); // 10000 - 60 x 100
    }

    @Test
    void takeProfitCancelsTheStopExitsAtMarketAndLeavesNothingOpen() throws Exception {
        Harness h = new Harness();
        h.candle(100, 100, 100, 100, 1000);
        String id = h.signal(Direction.LONG, "100", "95", "110");
        h.candle(100, 100, 100, 100, 1000);

        h.candle(100, 111, 100, 110, 1000); // target traded: stop cancelled, exit sent
        h.candle(110, 110, 110, 110, 1000); // exit fills at the open

        assertEquals(SignalStatus.EXECUTED, h.signals.status(id));
        assertTrue(h.openOnExchange().isEmpty(), h.openOnExchange().toString());
        assertTrue(h.desk.openOrders().isEmpty());
        assertTrue(h.desk.positions().isEmpty(), h.desk.positions().toString());
        Position flat = h.positions.find("paper", BTC).orElseThrow();
        assertAmount("599.4", flat.realizedPnl()); // (110 - 100) x 59.94
        assertAmount("12.5934", flat.fees()); // 6 on the buy + 0.1% of 59.94 x 110
        assertAmount("10586.8066", h.paperBalance("USDT")); // 4000 + 6593.4 - 6.5934
        assertTrue(h.desk.reconcile().clean());
    }

    @Test
    void twoTargetsExitHalfAtTheFirstAndMoveTheStopForTheRest() throws Exception {
        Harness h = new Harness();
        h.candle(100, 100, 100, 100, 1000);
        h.signal(Direction.LONG, "100", "95", "105", "110");
        h.candle(100, 100, 100, 100, 1000);

        h.candle(100, 106, 100, 105, 1000);

        List<Order> resting = h.openOnExchange();
        Order stop = resting.stream().filter(o -> o.request().type() == OrderType.STOP_MARKET).findFirst().orElseThrow();
        Order exit = resting.stream().filter(o -> o.request().type() == OrderType.MARKET).findFirst().orElseThrow();
        assertTrue(stop.clientOrderId().endsWith("-S.2"), stop.clientOrderId());
        assertAmount("29.97", stop.request().quantity());
        assertTrue(exit.clientOrderId().endsWith("-T1.1"), exit.clientOrderId());
        assertAmount("29.97", exit.request().quantity());
        assertEquals(OrderStatus.CANCELLED, h.journal.find(stop.clientOrderId().replace("-S.2", "-S.1")).orElseThrow().order().status());
    }

    @Test
    void withoutExchangeStopsTheEngineExitsWhenACandleCrossesTheStop() throws Exception {
        Harness h = new Harness(Settings.defaults(), false);
        h.candle(100, 100, 100, 100, 1000);
        h.signal(Direction.LONG, "100", "95");
        h.candle(100, 100, 100, 100, 1000);
        assertTrue(h.openOnExchange().isEmpty(), "no stop rests on an exchange without stop orders");

        h.candle(99, 99, 94, 95, 1000); // stop crossed: market exit sent
        h.candle(95, 95, 95, 95, 1000);

        assertTrue(h.desk.positions().isEmpty());
        assertAmount("-299.7", h.positions.find("paper", BTC).orElseThrow().realizedPnl()); // (95 - 100) x 59.94
        assertTrue(h.openOnExchange().isEmpty());
    }

    @Test
    void trailingStopFollowsTheHighOnTheExchange() throws Exception {
        Harness h = new Harness(Settings.defaults().withTrailingPercent(d("2")), true);
        h.candle(100, 100, 100, 100, 1000);
        h.signal(Direction.LONG, "100", "95");
        h.candle(100, 100, 100, 100, 1000);

        // The first bar after the fill already pulls the stop to 2% under 100; this one to 2% under 120.
        h.candle(100, 120, 100, 119, 1000);

        List<Order> resting = h.openOnExchange();
        assertEquals(1, resting.size(), resting.toString());
        Order stop = resting.get(0);
        assertTrue(stop.clientOrderId().endsWith("-S.3"), stop.clientOrderId());
        assertAmount("117.6", stop.request().stopPrice());
        String second = stop.clientOrderId().replace("-S.3", "-S.2");
        assertAmount("98", h.journal.find(second).orElseThrow().order().request().stopPrice());
        assertEquals(OrderStatus.CANCELLED, h.journal.find(second).orElseThrow().order().status());
    }

    @Test
    void shortSignalOnSpotClosesTheLongAndIsRefusedWhenFlat() throws Exception {
        Harness h = new Harness();
        h.candle(100, 100, 100, 100, 1000);
        String refused = h.signal(Direction.SHORT, "100", "105");
        assertEquals(SignalStatus.REJECTED, h.signals.status(refused));
        assertTrue(h.signals.reason(refused).contains("spot account cannot open a short"), h.signals.reason(refused));

        h.signal(Direction.LONG, "100", "95");
        h.candle(100, 100, 100, 100, 1000);
        String close = h.signal(Direction.SHORT, "100", "105");
        h.candle(101, 101, 101, 101, 1000);

        assertEquals(SignalStatus.EXECUTED, h.signals.status(close));
        assertTrue(h.desk.positions().isEmpty(), h.desk.positions().toString());
        assertTrue(h.openOnExchange().isEmpty(), "the long's stop was cancelled before the sale");
    }

    @Test
    void theSameIntentTwiceSendsOneOrder() throws Exception {
        Harness h = new Harness();
        h.candle(100, 100, 100, 100, 1000);
        var intent = SignalIntake.intent(Harness.signal("sig-x", "trend", Direction.LONG, "100", "95"));

        var first = h.desk.execute(intent);
        var second = h.desk.execute(intent);

        assertTrue(first.placed() && second.placed());
        assertEquals(first.entry().clientOrderId(), second.entry().clientOrderId());
        assertEquals(1, h.exchange.placeCalls.size());
        assertEquals(1, h.openOnExchange().size());
    }

    @Test
    void limitEntryIsCancelledWhenItsSignalExpires() throws Exception {
        Harness h = new Harness(Settings.defaults().withEntryType(OrderType.LIMIT), true);
        h.candle(100, 100, 100, 100, 1000);
        String id = h.signal(Direction.LONG, "98", "95");
        assertEquals(1, h.openOnExchange().size());

        h.signals.transition(id, SignalStatus.EXPIRED, "expired");

        assertTrue(h.openOnExchange().isEmpty());
        assertTrue(h.desk.openOrders().isEmpty());
        assertEquals(SignalStatus.EXPIRED, h.signals.status(id));
    }

    @Test
    void riskIsAssessedOnEveryCandleWithTheAccountOnTheEnginesClock() {
        Harness h = new Harness();
        h.candle(100, 100, 100, 100, 1000);
        h.signal(Direction.LONG, "100", "95");
        h.candle(100, 100, 100, 100, 1000);
        h.candle(96, 97, 96, 96, 1000);

        assertEquals(3, h.risk.assessments.get());
        var context = h.risk.lastAssessed;
        assertEquals(Harness.T0.plusSeconds(180), context.time());
        // 4000 USDT + 59.94 BTC at 96
        assertAmount("9754.24", context.equity());
        assertAmount("10000", context.peakEquity()); // before the entry; 9994 after its fee
        assertAmount("-245.76", context.dailyPnl()); // since the first close of the day (10000), with 6 USDT of fees in it
    }
}
