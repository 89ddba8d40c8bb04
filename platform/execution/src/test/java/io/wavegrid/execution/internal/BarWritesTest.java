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
import io.wavegrid.infra.api.StoreUnavailableException;
import io.wavegrid.infra.memory.internal.MemoryAuditLog;
import io.wavegrid.infra.memory.internal.MemoryExecutionRepository;
import io.wavegrid.infra.memory.internal.MemoryOrderJournal;
import io.wavegrid.infra.memory.internal.MemoryPositionRepository;
import io.wavegrid.trading.api.Fill;
import io.wavegrid.trading.api.Order;
import io.wavegrid.trading.api.OrderStatus;
import io.wavegrid.trading.api.OrderType;
import io.wavegrid.trading.api.Position;
import io.wavegrid.trading.api.ReconciliationReport;

import org.junit.jupiter.api.Test;

/** Within a bar the stores' writes wait until its orders are out; a new order is journaled before it is sent, always. */
class BarWritesTest {

    private static BigDecimal recorded(Harness h, String orderId) {
        return h.executions.forOrder(orderId).stream().map(Fill::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static List<Order> stops(Harness h) throws Exception {
        return h.openOnExchange().stream().filter(o -> o.request().type() == OrderType.STOP_MARKET).toList();
    }

    @Test
    void theFillsPositionAndJournalUpdatesOfABarAreWrittenWhenItEndsAndItsStopIsJournaledBeforeItIsSent() throws Exception {
        Harness h = new Harness();
        String entryId = h.longEntry();
        assertEquals(OrderStatus.SUBMITTED, h.journal.find(entryId).orElseThrow().order().status(), "written when its bar ended");

        h.candleThen(100, 101, 99.5, 100, 1000, () -> {
            try {
                Order stop = stops(h).get(0);
                assertEquals(OrderStatus.NEW, h.journal.find(stop.clientOrderId()).orElseThrow().order().status(),
                        "the stop is journaled before it is sent; its acknowledgement waits");
                assertEquals(OrderStatus.SUBMITTED, h.journal.find(entryId).orElseThrow().order().status());
                assertEquals(0, recorded(h, entryId).signum());
                assertTrue(h.positions.all("paper").isEmpty());
                assertEquals(1, h.desk.positions().size(), "the order manager's own view moved at once");
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }, true);

        assertEquals(OrderStatus.FILLED, h.journal.find(entryId).orElseThrow().order().status());
        assertEquals(0, recorded(h, entryId).compareTo(h.journal.find(entryId).orElseThrow().order().filledQuantity()));
        assertEquals(0, h.positions.all("paper").get(0).quantity().compareTo(h.desk.positions().get(0).quantity()));
        assertEquals(OrderStatus.SUBMITTED, h.journal.find(stops(h).get(0).clientOrderId()).orElseThrow().order().status());
    }

    @Test
    void writesAStoreRefusesWaitInOrderUntilItIsBackAndTheTradeGoesOnMeanwhile() throws Exception {
        UnavailableJournal journal = new UnavailableJournal(new MemoryOrderJournal(), false, false);
        Harness h = new Harness(Settings.defaults(), true, new PaperExchange(Harness.paperConfig("1")), journal,
                new MemoryExecutionRepository(), new MemoryPositionRepository(), new MemoryAuditLog(), Clock.fixed(Harness.T0, ZoneOffset.UTC));
        String entryId = h.longEntry();
        journal.updatesFail(true);

        h.candle(100, 101, 99.5, 100, 1000);

        assertEquals(1, stops(h).size(), "protected although the store took none of the bar's writes");
        assertEquals(OrderStatus.SUBMITTED, journal.find(entryId).orElseThrow().order().status());
        String stopId = stops(h).get(0).clientOrderId();
        assertEquals(OrderStatus.NEW, journal.find(stopId).orElseThrow().order().status(),
                "the stop's acknowledgement waits behind the entry's update the store refused");
        ReconciliationReport whileDown = h.desk.reconcile();
        assertTrue(whileDown.failures().stream().anyMatch(line -> line.startsWith("stores:") && line.contains("wait")),
                whileDown.toString());

        journal.updatesFail(false);
        ReconciliationReport back = h.desk.reconcile();

        assertFalse(back.failures().stream().anyMatch(line -> line.startsWith("stores:")), back.toString());
        assertEquals(OrderStatus.FILLED, journal.find(entryId).orElseThrow().order().status());
        assertEquals(0, recorded(h, entryId).compareTo(journal.find(entryId).orElseThrow().order().filledQuantity()));
        assertEquals(OrderStatus.SUBMITTED, journal.find(stopId).orElseThrow().order().status());
        assertEquals(1, h.positions.all("paper").size());
    }

    /** Fills the exchange streams on its own thread, outside any bar, while the fills' store is down. */
    @Test
    void aFillItsStoreRefusedOutsideABarIsRecordedWhenTheStoreIsBackBeforeThePositionThatCountsIt() throws Exception {
        List<String> refused = new ArrayList<>();
        boolean[] down = {false};
        MemoryExecutionRepository executions = new MemoryExecutionRepository() {
            @Override
            public boolean record(String account, Fill fill) {
                if (down[0]) {
                    refused.add(fill.tradeId());
                    throw new StoreUnavailableException("fills store down", null);
                }
                return super.record(account, fill);
            }
        };
        List<BigDecimal> savedWithRecorded = new ArrayList<>();
        MemoryPositionRepository positions = new MemoryPositionRepository() {
            @Override
            public void save(Position position) {
                savedWithRecorded.add(executions.recent("paper", Integer.MAX_VALUE).stream().map(Fill::quantity).reduce(BigDecimal.ZERO, BigDecimal::add));
                super.save(position);
            }
        };
        Harness h = new Harness(Settings.defaults(), true, new PaperExchange(Harness.paperConfig("1")), new MemoryOrderJournal(),
                executions, positions, new MemoryAuditLog(), Clock.fixed(Harness.T0, ZoneOffset.UTC));
        String entryId = h.longEntry();
        down[0] = true;

        h.candleWhileDown(100, 101, 99.5, 100, 1000);

        assertFalse(refused.isEmpty(), "the entry filled while the fills' store was down");
        assertTrue(h.positions.all("paper").isEmpty(), "no position saved ahead of the fills it counts");
        assertEquals(1, h.desk.positions().size(), "the order manager's own view holds the fill");
        ReconciliationReport whileDown = h.desk.reconcile();
        assertTrue(whileDown.failures().stream().anyMatch(line -> line.startsWith("stores:")), whileDown.toString());

        down[0] = false;
        ReconciliationReport back = h.desk.reconcile();

        assertFalse(back.failures().stream().anyMatch(line -> line.startsWith("stores:")), back.toString());
        BigDecimal filled = h.journal.find(entryId).orElseThrow().order().filledQuantity();
        assertEquals(0, recorded(h, entryId).compareTo(filled), "every fill recorded, once");
        BigDecimal held = h.desk.positions().get(0).quantity();
        assertEquals(0, h.positions.all("paper").get(0).quantity().compareTo(held));
        assertEquals(0, savedWithRecorded.get(savedWithRecorded.size() - 1).compareTo(filled),
                "the position was saved after the fills it counts were recorded");

        Harness after = h.restarted(Settings.defaults(), true, h.signalRecords);
        assertEquals(0, after.desk.positions().get(0).quantity().compareTo(held), "a restart books nothing twice");
    }

    @Test
    void aCrashBeforeTheBarEndsLosesItsWaitingWritesAndTheRestartRecoversTheTradeWithItsOneStop() throws Exception {
        Harness before = new Harness();
        String entryId = before.longEntry("110");
        before.candleThen(100, 101, 99.5, 100, 1000, () -> {
        }, false);
        BigDecimal bought = before.exchange.query(Harness.BTC, entryId).orElseThrow().filledQuantity();
        String stopId = stops(before).get(0).clientOrderId();
        assertEquals(OrderStatus.NEW, before.journal.find(stopId).orElseThrow().order().status());
        assertEquals(OrderStatus.SUBMITTED, before.journal.find(entryId).orElseThrow().order().status());
        assertEquals(0, recorded(before, entryId).signum());

        Harness after = before.restarted(Settings.defaults(), true, before.signalRecords);
        ReconciliationReport report = after.desk.reconcile();

        assertTrue(report.corrected().stream().anyMatch(line -> line.startsWith(entryId) && line.contains("missed fill")), report.toString());
        assertEquals(0, bought.compareTo(recorded(after, entryId)), "each fill booked once");
        assertTrue(after.desk.positions().get(0).quantity().signum() > 0, "the position holds what was bought");
        assertEquals(List.of(stopId), stops(after).stream().map(Order::clientOrderId).toList(), "one stop, the one sent before the crash");
        assertEquals(OrderStatus.SUBMITTED, after.journal.find(stopId).orElseThrow().order().status());
        assertEquals(OrderStatus.FILLED, after.journal.find(entryId).orElseThrow().order().status());
        assertEquals(HealthStatus.State.UP, after.desk.health().state(), after.desk.health().detail());
        assertTrue(after.exchange.placeCalls.isEmpty(), "nothing sent again: " + after.exchange.placeCalls);
    }
}
