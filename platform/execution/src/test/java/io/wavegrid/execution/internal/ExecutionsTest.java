package io.wavegrid.execution.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import io.wavegrid.signal.api.Direction;
import io.wavegrid.signal.api.SignalStatus;
import io.wavegrid.trading.api.Fill;
import io.wavegrid.trading.api.Order;
import io.wavegrid.trading.api.OrderStatus;
import io.wavegrid.trading.api.Position;

import org.junit.jupiter.api.Test;

/** Fills and updates as exchanges really send them: partly, twice, late and out of order. */
class ExecutionsTest {

    private static void assertAmount(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), "expected " + expected + " but was " + actual.toPlainString());
    }

    @Test
    void partialFillsOverSeveralBarsBuildThePositionAndProtectItOnceComplete() throws Exception {
        Harness h = new Harness(Settings.defaults(), true, new io.wavegrid.exchange.paper.internal.PaperExchange(Harness.paperConfig("0.5")),
                new io.wavegrid.infra.memory.internal.MemoryOrderJournal(), new io.wavegrid.infra.memory.internal.MemoryExecutionRepository(),
                new io.wavegrid.infra.memory.internal.MemoryPositionRepository(), new io.wavegrid.infra.memory.internal.MemoryAuditLog(),
                java.time.Clock.fixed(Harness.T0, java.time.ZoneOffset.UTC));
        h.candle(100, 100, 100, 100, 1000);
        String id = h.signal(Direction.LONG, "100", "95");

        h.candle(100, 100, 100, 100, 80); // 40 of 60
        assertEquals(OrderStatus.PARTIALLY_FILLED, h.desk.openOrders().get(0).status());
        assertEquals(SignalStatus.EXECUTED, h.signals.status(id), "the first fill executes the signal");
        assertEquals(1, h.openOnExchange().size(), "no stop before the entry is complete");
        h.candle(102, 102, 102, 102, 80); // the other 20

        Position p = h.desk.positions().get(0);
        assertAmount("59.94", p.quantity());
        // Held after the 0.1% base fee: 39.96 at 100 and 19.98 at 102.
        assertAmount(new BigDecimal("6033.96").divide(new BigDecimal("59.94"), java.math.MathContext.DECIMAL64).toPlainString(),
                p.averageEntry());
        assertEquals(SignalStatus.EXECUTED, h.signals.status(id));
        assertAmount("59.94", h.openOnExchange().get(0).request().quantity());
    }

    @Test
    void aFillOrUpdateDeliveredTwiceOrLateIsAppliedOnce() throws Exception {
        Harness h = new Harness();
        h.candle(100, 100, 100, 100, 1000);
        h.signal(Direction.LONG, "100", "95");
        h.candle(100, 100, 100, 100, 1000);
        Fill fill = h.executions.recent("paper", 1).get(0);
        Order entry = h.journal.find(fill.clientOrderId()).orElseThrow().order();
        Order stale = new Order(entry.request(), entry.exchangeOrderId(), OrderStatus.SUBMITTED, BigDecimal.ZERO, null,
                Harness.T0, "");

        h.desk.executionListener().onFill(fill);
        h.desk.executionListener().onOrderUpdate(entry);
        h.desk.executionListener().onOrderUpdate(stale);

        assertAmount("59.94", h.desk.positions().get(0).quantity());
        assertEquals(OrderStatus.FILLED, h.journal.find(fill.clientOrderId()).orElseThrow().order().status());
        assertEquals(1, h.openOnExchange().size(), "one stop, not two");
        assertTrue(h.desk.reconcile().clean());
    }
}
