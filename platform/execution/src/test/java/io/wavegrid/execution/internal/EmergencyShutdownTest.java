package io.wavegrid.execution.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.wavegrid.signal.api.Direction;
import io.wavegrid.signal.api.SignalStatus;
import io.wavegrid.trading.api.EmergencyReport;
import io.wavegrid.trading.api.ExchangeException;
import io.wavegrid.trading.api.OrderRequest;
import io.wavegrid.trading.api.OrderStatus;
import io.wavegrid.trading.api.OrderType;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The kill switch: nothing open afterwards, positions closed on request, and it works while trading is stuck. */
class EmergencyShutdownTest {

    /** Stands for the symbol's kernel thread. */
    private final ExecutorService kernel = Executors.newSingleThreadExecutor(r -> new Thread(r, "kernel-BTCUSDT"));
    private final ExecutorService operator = Executors.newSingleThreadExecutor(r -> new Thread(r, "operator"));

    @AfterEach
    void stopThreads() {
        kernel.shutdownNow();
        operator.shutdownNow();
    }

    @Test
    void cancelsEveryOrderClosesThePositionAndRefusesNewOrdersUntilRearmed() throws Exception {
        Harness h = new Harness();
        h.candle(100, 100, 100, 100, 1000);
        h.signal(Direction.LONG, "100", "95");
        h.candle(100, 100, 100, 100, 1000); // filled, stop resting
        h.exchange.place(new OrderRequest("manual-1", Harness.BTC, io.wavegrid.market.api.Side.BUY, OrderType.LIMIT,
                new java.math.BigDecimal("1"), new java.math.BigDecimal("50"), null, null));
        assertEquals(2, h.openOnExchange().size());

        EmergencyReport report = h.desk.emergencyShutdown(true, "alice");

        assertTrue(report.complete(), report.failures().toString());
        assertEquals(2, report.cancelled().size(), report.toString());
        assertEquals(1, report.closed().size(), report.toString());
        assertTrue(h.risk.emergency);
        assertTrue(h.desk.emergencyStopped());
        h.candle(100, 100, 100, 100, 1000); // the closing order fills
        assertTrue(h.openOnExchange().isEmpty());
        assertTrue(h.desk.openOrders().isEmpty());
        assertTrue(h.desk.positions().isEmpty(), h.desk.positions().toString());
        assertTrue(h.audit.recent(50).stream().anyMatch(e -> e.action().equals("emergency.shutdown") && e.actor().equals("alice")));

        String refused = h.signal(Direction.LONG, "100", "95");
        assertEquals(SignalStatus.REJECTED, h.signals.status(refused));
        assertTrue(h.signals.reason(refused).contains("emergency"), h.signals.reason(refused));

        h.desk.rearm("alice");
        String again = h.signal(Direction.LONG, "100", "95");
        assertEquals(SignalStatus.ACTIVE, h.signals.status(again));
    }

    @Test
    void worksWhileTheKernelThreadIsWedgedInASignalListener() throws Exception {
        Harness h = new Harness(Settings.defaults().withEntryType(OrderType.LIMIT), true);
        h.candle(100, 100, 100, 100, 1000);
        h.signal(Direction.LONG, "98", "95"); // a working limit entry
        h.risk.entered = new CountDownLatch(1);
        h.risk.gate = new CountDownLatch(1);
        Future<String> wedged = kernel.submit(() -> h.signal(Direction.LONG, "97", "94"));
        h.risk.entered.await();

        // A deadlock guard, not a speed goal: the shutdown must finish while the kernel thread is still stuck.
        EmergencyReport report = operator.submit(() -> h.desk.emergencyShutdown(false, "bob")).get(30, TimeUnit.SECONDS);
        assertTrue(report.complete(), report.failures().toString());
        assertEquals(1, report.cancelled().size());
        assertTrue(h.openOnExchange().isEmpty());

        h.risk.gate.countDown();
        String late = wedged.get(30, TimeUnit.SECONDS);
        assertEquals(SignalStatus.REJECTED, h.signals.status(late));
        assertTrue(h.openOnExchange().isEmpty());
        assertTrue(h.desk.openOrders().isEmpty());
    }

    @Test
    void anOrderTheWedgedThreadPlacesAfterTheShutdownIsCancelledAtOnce() throws Exception {
        Harness h = new Harness();
        h.candle(100, 100, 100, 100, 1000);
        CountDownLatch inExchange = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        h.exchange.script = new ScriptedExchange.PlaceScript() {
            @Override
            public void before(OrderRequest request) throws ExchangeException {
                inExchange.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        Future<String> wedged = kernel.submit(() -> h.signal(Direction.LONG, "100", "95"));
        inExchange.await();

        EmergencyReport report = operator.submit(() -> h.desk.emergencyShutdown(false, "bob")).get(30, TimeUnit.SECONDS);
        assertTrue(report.complete(), report.failures().toString());

        release.countDown();
        String id = wedged.get(30, TimeUnit.SECONDS);
        assertEquals(SignalStatus.REJECTED, h.signals.status(id));
        assertTrue(h.openOnExchange().isEmpty(), h.openOnExchange().toString());
        String entry = h.exchange.placeCalls.get(0);
        assertTrue(h.journal.find(entry).orElseThrow().order().status().isTerminal());
        assertEquals(OrderStatus.CANCELLED, h.exchange.query(Harness.BTC, entry).orElseThrow().status());
    }
}
