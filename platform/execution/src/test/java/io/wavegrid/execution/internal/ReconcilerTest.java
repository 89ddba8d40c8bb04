package io.wavegrid.execution.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import io.wavegrid.exchange.paper.internal.PaperExchange;
import io.wavegrid.infra.memory.internal.MemoryAuditLog;
import io.wavegrid.infra.memory.internal.MemoryExecutionRepository;
import io.wavegrid.infra.memory.internal.MemoryOrderJournal;
import io.wavegrid.infra.memory.internal.MemoryPositionRepository;
import io.wavegrid.infra.memory.internal.MemorySignalRepository;
import io.wavegrid.market.api.Side;
import io.wavegrid.signal.api.Direction;
import io.wavegrid.signal.api.SignalStatus;
import io.wavegrid.trading.api.Balance;
import io.wavegrid.trading.api.Order;
import io.wavegrid.trading.api.OrderRequest;
import io.wavegrid.trading.api.OrderStatus;
import io.wavegrid.trading.api.OrderType;
import io.wavegrid.trading.api.ReconciliationReport;

import org.junit.jupiter.api.Test;

/** The journal follows the exchange's truth; what the journal does not know is reported and left alone. */
class ReconcilerTest {

    @Test
    void anOrderTheJournalDoesNotKnowIsReportedAndLeftUntouched() throws Exception {
        Harness h = new Harness();
        h.candle(100, 100, 100, 100, 1000);
        h.exchange.place(new OrderRequest("manual-7", Harness.BTC, Side.BUY, OrderType.LIMIT, new BigDecimal("1"),
                new BigDecimal("90"), null, null));

        ReconciliationReport report = h.desk.reconcile();

        assertEquals(1, report.unknownOrders().size());
        assertEquals("manual-7", report.unknownOrders().get(0).clientOrderId());
        assertEquals(OrderStatus.SUBMITTED, h.exchange.query(Harness.BTC, "manual-7").orElseThrow().status());
        assertTrue(h.journal.find("manual-7").isEmpty(), "never adopted");
        assertTrue(h.audit.recent(10).stream().anyMatch(e -> e.action().equals("order.unknown") && e.target().equals("manual-7")));
    }

    @Test
    void theJournalFollowsTheExchangeAndAnOrderTheExchangeLostExpires() throws Exception {
        Harness h = new Harness();
        h.candle(100, 100, 100, 100, 1000);
        OrderRequest lost = new OrderRequest("wgAAAAAAAAAAAAAAAAAAAA-E.1", Harness.BTC, Side.BUY, OrderType.LIMIT,
                new BigDecimal("1"), new BigDecimal("90"), null, null);
        h.journal.journal("paper", new Order(lost, null, OrderStatus.NEW, null, null, Harness.T0, ""));
        h.journal.update(new Order(lost, "x-1", OrderStatus.SUBMITTED, null, null, Harness.T0, ""));
        // The order manager that journaled and sent it is gone; the next one finds it in the journal only.
        h = h.restarted(Settings.defaults(), true, new MemorySignalRepository());

        ReconciliationReport report = h.desk.reconcile();

        assertEquals(OrderStatus.EXPIRED, h.journal.find(lost.clientOrderId()).orElseThrow().order().status());
        assertTrue(report.corrected().get(0).contains("SUBMITTED -> EXPIRED"), report.toString());
    }

    @Test
    void aBalanceTheExchangeReportsDifferentlyIsReported() throws Exception {
        Harness h = new Harness();
        h.exchange.balanceView = balances -> {
            List<Balance> changed = new ArrayList<>();
            balances.forEach(b -> changed.add(b.asset().equals("USDT") ? new Balance("USDT", b.free().add(new BigDecimal("500")), b.locked()) : b));
            return changed;
        };

        ReconciliationReport report = h.desk.reconcile();

        assertEquals(1, report.balanceMismatches().size(), report.toString());
        var mismatch = report.balanceMismatches().get(0);
        assertEquals("USDT", mismatch.asset());
        assertEquals(0, new BigDecimal("10000").compareTo(mismatch.tracked()));
        assertEquals(0, new BigDecimal("10500").compareTo(mismatch.reported()));
    }

    @Test
    void fillsMadeWhileTheOrderManagerWasDownAreBookedOnceAndTheTradeIsProtected() throws Exception {
        Harness before = new Harness();
        before.candle(100, 100, 100, 100, 1000);
        String signal = before.signal(Direction.LONG, "100", "95");
        String entryId = before.exchange.placeCalls.get(0);
        before.desk.stop();
        before.candleWhileDown(100, 101, 99.5, 100, 1000); // the entry fills; no one listens
        BigDecimal bought = before.exchange.query(Harness.BTC, entryId).orElseThrow().filledQuantity();
        assertTrue(bought.signum() > 0, "the entry filled while the order manager was down");
        assertTrue(before.executions.forOrder(entryId).isEmpty());

        Harness after = before.restarted(Settings.defaults(), true, before.signalRecords);
        after.signals.publish(before.signals.find(signal).orElseThrow());
        ReconciliationReport first = after.desk.reconcile();
        ReconciliationReport second = after.desk.reconcile();

        assertTrue(first.corrected().stream().anyMatch(line -> line.startsWith(entryId) && line.contains("missed fill")), first.toString());
        assertTrue(second.corrected().stream().noneMatch(line -> line.contains("missed fill")), second.toString());
        assertEquals(0, bought.compareTo(after.executions.forOrder(entryId).stream().map(f -> f.quantity())
                .reduce(BigDecimal.ZERO, BigDecimal::add)), "each fill booked once");
        assertEquals(1, after.desk.positions().size());
        assertTrue(after.desk.positions().get(0).quantity().signum() > 0);
        assertTrue(after.openOnExchange().stream().anyMatch(o -> o.request().type() == OrderType.STOP_MARKET),
                "the position bought while down is protected: " + after.openOnExchange());
        assertTrue(first.balanceMismatches().isEmpty(), first.toString());
    }

    @Test
    void fillsAnExchangeCannotListAreReportedAndNothingIsMadeUp() throws Exception {
        Harness before = new Harness();
        String entryId = before.longEntry();
        before.desk.stop();
        before.candleWhileDown(100, 101, 99.5, 100, 1000);

        Harness after = before.restarted(Settings.defaults(), true, before.signalRecords);
        after.exchange.listsFills = false;
        ReconciliationReport report = after.desk.reconcile();

        assertTrue(report.failures().stream().anyMatch(line -> line.startsWith(entryId) && line.contains("lists no fills")),
                report.toString());
        assertTrue(after.executions.forOrder(entryId).isEmpty());
        assertTrue(after.desk.positions().isEmpty(), "no position from a fill not booked: " + after.desk.positions());
        assertTrue(report.balanceMismatches().isEmpty(), "the balances taken at start hold the fill: " + report);
    }

    @Test
    void fillsMissedWhileTheStreamWasDownMoveTheBalancesToo() throws Exception {
        Harness h = new Harness();
        h.candle(100, 100, 100, 100, 1000);
        assertTrue(h.desk.reconcile().clean());
        h.signal(Direction.LONG, "100", "95");
        String entryId = h.exchange.placeCalls.get(0);
        h.exchange.setExecutionListener(null); // the stream drops; the process goes on
        h.candleWhileDown(100, 101, 99.5, 100, 1000);
        h.exchange.setExecutionListener(h.desk.executionListener());

        ReconciliationReport report = h.desk.reconcile();

        assertTrue(report.corrected().stream().anyMatch(line -> line.startsWith(entryId) && line.contains("missed fill")), report.toString());
        assertTrue(report.balanceMismatches().isEmpty(), report.toString());
        assertEquals(0, h.paperBalance("BTC").compareTo(h.desk.positions().get(0).quantity()));
    }

    @Test
    void anEntryJournaledAsNeverSentButFoundOnTheExchangeAfterARestartGetsItsTradeBackAndIsProtected() throws Exception {
        UnavailableJournal journal = new UnavailableJournal(new MemoryOrderJournal(), false, true);
        Harness before = new Harness(Settings.defaults(), true, new PaperExchange(Harness.paperConfig("1")), journal,
                new MemoryExecutionRepository(), new MemoryPositionRepository(), new MemoryAuditLog(), Clock.fixed(Harness.T0, ZoneOffset.UTC));
        before.candle(100, 100, 100, 100, 1000);
        String signal = before.signal(Direction.LONG, "100", "95");
        String entryId = before.exchange.placeCalls.get(0);
        // The process dies after the send, before the journal took the exchange's acknowledgement.
        before.desk.stop();
        assertEquals(OrderStatus.NEW, journal.find(entryId).orElseThrow().order().status());
        journal.updatesBack();
        before.candleWhileDown(100, 101, 99.5, 100, 1000);

        Harness after = before.restarted(Settings.defaults(), true, before.signalRecords);
        after.signals.publish(before.signals.find(signal).orElseThrow());
        ReconciliationReport report = after.desk.reconcile();

        assertTrue(report.corrected().stream().anyMatch(line -> line.startsWith(entryId) && line.contains("missed fill")), report.toString());
        assertEquals(OrderStatus.FILLED, journal.find(entryId).orElseThrow().order().status());
        assertEquals(1, after.desk.positions().size());
        assertTrue(after.openOnExchange().stream().anyMatch(o -> o.request().type() == OrderType.STOP_MARKET),
                "what the entry bought is protected: " + after.openOnExchange());
        assertTrue(after.exchange.placeCalls.stream().noneMatch(entryId::equals), "the entry is not sent again: " + after.exchange.placeCalls);
        assertEquals(SignalStatus.EXECUTED, after.signals.find(signal).orElseThrow().status());
    }
}
