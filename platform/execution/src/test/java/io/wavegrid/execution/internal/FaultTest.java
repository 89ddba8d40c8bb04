package io.wavegrid.execution.internal;

import static io.wavegrid.execution.internal.Harness.BTC;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.wavegrid.infra.api.JournaledOrder;
import io.wavegrid.infra.api.OrderJournal;
import io.wavegrid.infra.memory.internal.MemoryAuditLog;
import io.wavegrid.infra.memory.internal.MemoryExecutionRepository;
import io.wavegrid.infra.memory.internal.MemoryOrderJournal;
import io.wavegrid.infra.memory.internal.MemoryPositionRepository;
import io.wavegrid.exchange.paper.internal.PaperExchange;
import io.wavegrid.signal.api.Direction;
import io.wavegrid.signal.api.SignalStatus;
import io.wavegrid.trading.api.ExchangeException;
import io.wavegrid.trading.api.Order;
import io.wavegrid.trading.api.OrderRequest;
import io.wavegrid.trading.api.OrderStatus;
import io.wavegrid.trading.api.ReconciliationReport;
import io.wavegrid.trading.api.TradeOutcome;
import io.wavegrid.trading.api.TradingState;

import org.junit.jupiter.api.Test;

/** Crashes, timeouts, rejections, halts and store outages: never a duplicate, never a lost or half-open order. */
class FaultTest {

    private static ExchangeException timeout() {
        return new ExchangeException(ExchangeException.Reason.TIMEOUT, "no answer in 10 s");
    }

    /** An order manager whose process died after journaling an entry and before sending it. */
    private static Harness crashedBetweenJournalAndSend() throws Exception {
        Harness before = new Harness();
        before.candle(100, 100, 100, 100, 1000);
        before.exchange.script = new ScriptedExchange.PlaceScript() {
            @Override
            public void before(OrderRequest request) {
                throw new Error("process killed between journal and send");
            }
        };
        assertThrows(Error.class, () -> before.signal(Direction.LONG, "100", "95"));
        return before;
    }

    @Test
    void processDyingBetweenJournalAndSendLeavesExactlyOneOrderAfterRestart() throws Exception {
        Harness before = crashedBetweenJournalAndSend();
        JournaledOrder journaled = before.journal.open("paper").get(0);
        assertEquals(OrderStatus.NEW, journaled.order().status());
        assertTrue(before.openOnExchange().isEmpty());

        // A new order manager on the same journal and exchange, one minute later.
        Harness after = new Harness(before, Clock.fixed(Harness.T0.plusSeconds(120), ZoneOffset.UTC));
        after.signals.publish(before.signals.find("sig-1").orElseThrow()); // the engine's book survived; the entry is known
        ReconciliationReport first = after.desk.reconcile();
        ReconciliationReport second = after.desk.reconcile();
        new Harness(before, Clock.fixed(Harness.T0.plusSeconds(180), ZoneOffset.UTC)).desk.reconcile();

        String id = journaled.order().clientOrderId();
        assertTrue(first.corrected().stream().anyMatch(line -> line.startsWith(id) && line.contains("resent: PLACED")), first.toString());
        assertTrue(second.corrected().isEmpty(), second.toString());
        List<Order> onExchange = after.openOnExchange();
        assertEquals(1, onExchange.size());
        assertEquals(id, onExchange.get(0).clientOrderId());
        assertEquals(OrderStatus.SUBMITTED, after.journal.find(id).orElseThrow().order().status());
    }

    @Test
    void aJournaledOrderTooOldToResendIsClosedWithTheReasonAndNeverSent() throws Exception {
        Harness before = crashedBetweenJournalAndSend();

        Harness after = new Harness(before, Clock.fixed(Harness.T0.plus(Duration.ofHours(2)), ZoneOffset.UTC));
        ReconciliationReport report = after.desk.reconcile();

        JournaledOrder closed = after.journal.find(before.exchange.placeCalls.get(0)).orElseThrow();
        assertEquals(1, report.corrected().size(), report.toString());
        assertEquals(OrderStatus.REJECTED, closed.order().status());
        assertTrue(closed.order().rejectReason().contains("older than resend.max.age"), closed.order().rejectReason());
        assertTrue(after.openOnExchange().isEmpty());
        assertEquals(0, after.exchange.placeCalls.size());
    }

    @Test
    void timeoutAfterTheExchangeTookTheOrderIsAnsweredByAQueryNotADuplicate() throws Exception {
        Harness h = new Harness();
        h.candle(100, 100, 100, 100, 1000);
        h.exchange.script = new ScriptedExchange.PlaceScript() {
            @Override
            public void after(OrderRequest request, Order placed) throws ExchangeException {
                throw timeout();
            }
        };

        String id = h.signal(Direction.LONG, "100", "95");

        assertEquals(SignalStatus.ACTIVE, h.signals.status(id));
        assertEquals(1, h.exchange.placeCalls.size());
        assertEquals(1, h.openOnExchange().size());
        assertEquals(OrderStatus.SUBMITTED, h.desk.openOrders().get(0).status());
        assertFalse(h.pauses.isEmpty());
        assertTrue(h.pauses.stream().allMatch(p -> p.toMillis() > 0), "waits before asking again: " + h.pauses);
    }

    @Test
    void timeoutBeforeTheExchangeTookTheOrderResendsTheSameIdAndPlacesOne() throws Exception {
        Harness h = new Harness();
        h.candle(100, 100, 100, 100, 1000);
        AtomicInteger lost = new AtomicInteger(2);
        h.exchange.script = new ScriptedExchange.PlaceScript() {
            @Override
            public void before(OrderRequest request) throws ExchangeException {
                if (lost.getAndDecrement() > 0) {
                    throw timeout();
                }
            }
        };

        String id = h.signal(Direction.LONG, "100", "95");

        assertEquals(SignalStatus.ACTIVE, h.signals.status(id));
        assertEquals(3, h.exchange.placeCalls.size());
        assertEquals(1, h.exchange.placeCalls.stream().distinct().count(), "every resend reuses the client order id");
        assertEquals(1, h.openOnExchange().size());
        assertEquals(2, h.pauses.size());
    }

    @Test
    void anExchangeThatNeverAnswersLeavesTheSignalPendingUntilReconciliationSettlesIt() throws Exception {
        Harness h = new Harness();
        h.candle(100, 100, 100, 100, 1000);
        h.exchange.script = new ScriptedExchange.PlaceScript() {
            @Override
            public void before(OrderRequest request) throws ExchangeException {
                throw timeout();
            }
        };

        String id = h.signal(Direction.LONG, "100", "95");

        assertEquals(SignalStatus.PENDING, h.signals.status(id));
        assertEquals(4, h.exchange.placeCalls.size(), "one send and order.timeout.retries=3 resends, then it stops");
        assertEquals(OrderStatus.NEW, h.desk.openOrders().get(0).status());
        assertTrue(h.openOnExchange().isEmpty());

        h.exchange.script = new ScriptedExchange.PlaceScript() {
        };
        h.desk.reconcile();

        assertEquals(SignalStatus.ACTIVE, h.signals.status(id));
        assertEquals(1, h.openOnExchange().size());
        h.candle(100, 100, 100, 100, 1000);
        assertEquals(SignalStatus.EXECUTED, h.signals.status(id));
    }

    @Test
    void exchangeRejectionRejectsTheSignalWithTheReasonAndLeavesNothingOpen() throws Exception {
        Harness h = new Harness();
        h.candle(100, 100, 100, 100, 1000);
        h.risk.forcedQuantity = new java.math.BigDecimal("500"); // 50000 USDT on a 10000 USDT account

        String id = h.signal(Direction.LONG, "100", "95");

        assertEquals(SignalStatus.REJECTED, h.signals.status(id));
        assertTrue(h.signals.reason(id).contains("-2010"), h.signals.reason(id));
        assertTrue(h.openOnExchange().isEmpty());
        assertTrue(h.desk.openOrders().isEmpty());
        JournaledOrder rejected = h.journal.find(h.exchange.placeCalls.get(0)).orElseThrow();
        assertEquals(OrderStatus.REJECTED, rejected.order().status());
        assertTrue(rejected.order().rejectReason().contains("insufficient balance"), rejected.order().rejectReason());
        h.candle(100, 100, 100, 100, 1000);
        assertTrue(h.desk.positions().isEmpty());
    }

    @Test
    void aHaltRefusesEntriesBeforeAnythingIsJournaled() throws Exception {
        Harness h = new Harness();
        h.candle(100, 100, 100, 100, 1000);
        h.risk.state = TradingState.HALTED;

        String id = h.signal(Direction.LONG, "100", "95");

        assertEquals(SignalStatus.REJECTED, h.signals.status(id));
        assertTrue(h.signals.reason(id).contains("HALTED"), h.signals.reason(id));
        assertTrue(h.journal.open("paper").isEmpty());
        assertTrue(h.exchange.placeCalls.isEmpty());
    }

    @Test
    void journalUnavailableMeansTheOrderIsNotSent() throws Exception {
        Harness h = journalingTo(new UnavailableJournal(new MemoryOrderJournal(), true, false));

        String id = h.signal(Direction.LONG, "100", "95");

        assertEquals(SignalStatus.REJECTED, h.signals.status(id));
        assertTrue(h.signals.reason(id).contains("journal unavailable"), h.signals.reason(id));
        assertTrue(h.exchange.placeCalls.isEmpty());
        assertTrue(h.openOnExchange().isEmpty());
    }

    @Test
    void anOrderTheJournalCannotHoldIsRefusedWithItsReasonAndNotSent() throws Exception {
        OrderJournal narrow = new MemoryOrderJournal() {
            @Override
            public boolean journal(String account, Order order) {
                throw new IllegalArgumentException("order " + order.clientOrderId() + " cannot be journaled: its symbol is longer than 40 characters");
            }
        };
        Harness h = journalingTo(narrow);

        String id = h.signal(Direction.LONG, "100", "95");

        assertEquals(SignalStatus.REJECTED, h.signals.status(id));
        assertTrue(h.signals.reason(id).contains("symbol is longer than 40 characters"), h.signals.reason(id));
        assertTrue(h.exchange.placeCalls.isEmpty());
    }

    /** A paper account journaling to the given journal, with one candle seen. */
    private static Harness journalingTo(OrderJournal journal) throws Exception {
        Harness h = new Harness(Settings.defaults(), true, new PaperExchange(Harness.paperConfig("1")), journal,
                new MemoryExecutionRepository(), new MemoryPositionRepository(), new MemoryAuditLog(),
                Clock.fixed(Harness.T0, ZoneOffset.UTC));
        h.candle(100, 100, 100, 100, 1000);
        return h;
    }

    @Test
    void aLongRateLimitRefusesTheOrderAndTheNextOnesWithoutCallingTheExchange() throws Exception {
        Harness h = new Harness();
        h.candle(100, 100, 100, 100, 1000);
        h.exchange.script = new ScriptedExchange.PlaceScript() {
            @Override
            public void before(OrderRequest request) throws ExchangeException {
                throw new ExchangeException(ExchangeException.Reason.BANNED, "418 IP banned", Duration.ofMinutes(2), null);
            }
        };

        String first = h.signal(Direction.LONG, "100", "95");
        String second = h.signal(Direction.LONG, "100", "95");

        assertEquals(SignalStatus.REJECTED, h.signals.status(first));
        assertTrue(h.signals.reason(first).contains("BANNED"), h.signals.reason(first));
        assertEquals(SignalStatus.REJECTED, h.signals.status(second));
        assertTrue(h.signals.reason(second).contains("refuses calls until"), h.signals.reason(second));
        assertEquals(1, h.exchange.placeCalls.size());
        assertTrue(h.pauses.isEmpty(), "a two-minute ban is not waited out on the trading thread");
    }

    @Test
    void badInputIsRefusedWithAClearReasonAndChangesNothing() throws Exception {
        Harness h = new Harness();
        h.candle(100, 100, 100, 100, 1000);

        h.signals.publish(Harness.signal("sig-bad", "my profile!", Direction.LONG, "100", "95"));
        TradeOutcome unknown = h.desk.execute(new io.wavegrid.trading.api.TradeIntent("trend", "sig-eth",
                new io.wavegrid.market.api.Symbol("DOGE", "EUR"), io.wavegrid.market.api.Side.BUY, new java.math.BigDecimal("1"),
                new java.math.BigDecimal("0.9"), List.of(), 0.5, Harness.T0));

        assertEquals(SignalStatus.REJECTED, h.signals.status("sig-bad"));
        assertTrue(h.signals.reason("sig-bad").contains("strategy 'my profile!'"), h.signals.reason("sig-bad"));
        assertEquals(TradeOutcome.Status.REJECTED, unknown.status());
        assertTrue(unknown.reason().contains("DOGEEUR"), unknown.reason());
        assertThrows(IllegalArgumentException.class, () -> h.desk.execute(null));
        assertThrows(IllegalArgumentException.class, () -> h.desk.cancel("wgNOTHING", "alice"));
        assertTrue(h.journal.open("paper").isEmpty());
        assertTrue(h.exchange.placeCalls.isEmpty());
        assertTrue(h.desk.positions().isEmpty());
        assertEquals(0, h.paperBalance("BTC").signum());
        assertTrue(h.positions.find("paper", BTC).isEmpty());
    }
}
