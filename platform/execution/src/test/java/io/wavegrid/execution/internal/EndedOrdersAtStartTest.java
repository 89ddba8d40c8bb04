package io.wavegrid.execution.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import io.wavegrid.exchange.paper.internal.PaperExchange;
import io.wavegrid.infra.api.HealthStatus;
import io.wavegrid.infra.memory.internal.MemoryAuditLog;
import io.wavegrid.infra.memory.internal.MemoryExecutionRepository;
import io.wavegrid.infra.memory.internal.MemoryOrderJournal;
import io.wavegrid.infra.memory.internal.MemoryPositionRepository;
import io.wavegrid.trading.api.Fill;
import io.wavegrid.trading.api.OrderStatus;
import io.wavegrid.trading.api.OrderType;

import org.junit.jupiter.api.Test;

/**
 * At start, the orders the journal holds as ended with something filled are checked for fills never recorded (an
 * exchange that answers an order with its final state before it streams the fills, and a crash in between), with
 * one read of the account's newest fills for the orders it shows complete.
 */
class EndedOrdersAtStartTest {

    @Test
    void fillsOfAnEntryThatEndedBeforeItsFillsCameAreBookedAtTheNextStartAndItsTradeIsRebuiltAndProtected() throws Exception {
        Harness before = new Harness();
        String entryId = before.longEntry("110");
        before.exchange.dropsFills = true; // the entry's FILLED state arrives; the process dies before its fills do
        before.candle(100, 101, 99.5, 100, 1000);
        assertEquals(OrderStatus.FILLED, before.journal.find(entryId).orElseThrow().order().status());
        assertTrue(before.executions.forOrder(entryId).isEmpty());
        BigDecimal bought = before.journal.find(entryId).orElseThrow().order().filledQuantity();

        Harness after = before.restarted(Settings.defaults(), true, before.signalRecords);

        assertEquals(0, bought.compareTo(after.executions.forOrder(entryId).stream().map(Fill::quantity)
                .reduce(BigDecimal.ZERO, BigDecimal::add)), "the fills are booked once");
        assertEquals(1, after.desk.positions().size());
        assertTrue(after.desk.positions().get(0).quantity().signum() > 0);
        assertTrue(after.openOnExchange().stream().anyMatch(o -> o.request().type() == OrderType.STOP_MARKET),
                "the trade is rebuilt and protected: " + after.openOnExchange());
        assertEquals(HealthStatus.State.UP, after.desk.health().state(), after.desk.health().detail());
        assertTrue(after.desk.reconcile().corrected().stream().noneMatch(line -> line.contains("missed fill")));
    }

    @Test
    void ordersThatEndedWithEveryFillOnRecordAreNotReadOneByOneAtStart() throws Exception {
        List<String> readOnTheirOwn = new ArrayList<>();
        MemoryExecutionRepository executions = new MemoryExecutionRepository() {
            @Override
            public List<Fill> forOrder(String clientOrderId) {
                readOnTheirOwn.add(clientOrderId);
                return super.forOrder(clientOrderId);
            }
        };
        Harness before = new Harness(Settings.defaults(), true, new PaperExchange(Harness.paperConfig("1")), new MemoryOrderJournal(),
                executions, new MemoryPositionRepository(), new MemoryAuditLog(), Clock.fixed(Harness.T0, ZoneOffset.UTC));
        String entryId = before.longEntry();
        before.candle(100, 101, 99.5, 100, 1000);
        String stopId = before.resting(OrderType.STOP_MARKET).clientOrderId();
        before.candle(100, 100, 90, 92, 1000);
        for (String ended : List.of(entryId, stopId)) {
            assertEquals(OrderStatus.FILLED, before.journal.find(ended).orElseThrow().order().status(), ended);
            assertFalse(executions.forOrder(ended).isEmpty(), ended);
        }
        assertTrue(before.desk.positions().stream().allMatch(p -> p.quantity().signum() == 0), before.desk.positions().toString());
        readOnTheirOwn.clear();

        Harness after = before.restarted(Settings.defaults(), true, before.signalRecords);

        assertTrue(readOnTheirOwn.isEmpty(), "the trade is over and its orders' fills were in the one read of the newest: "
                + readOnTheirOwn);
        assertTrue(after.desk.reconcile().clean());
    }
}
