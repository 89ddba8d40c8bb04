package io.wavegrid.risk.internal;

import static io.wavegrid.risk.internal.Fixtures.account;
import static io.wavegrid.risk.internal.Fixtures.intent;
import static io.wavegrid.risk.internal.Fixtures.limit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.wavegrid.infra.api.AuditEntry;
import io.wavegrid.market.api.Side;
import io.wavegrid.trading.api.RiskDecision;
import io.wavegrid.trading.api.RiskDecision.Verdict;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class EmergencyStopTest {

    private final Fixtures f = new Fixtures();

    @Test
    void refusesEveryOrderUntilRearmed() {
        f.risk.emergencyStop("alice", "exchange misbehaving");

        assertTrue(f.risk.emergencyStopped());
        RiskDecision entry = f.risk.validate(limit(Side.BUY, "1", "100"), false, account("10000", "0"));
        RiskDecision exit = f.risk.validate(limit(Side.SELL, "1", "100"), true, account("10000", "0"));
        RiskDecision sized = f.risk.sizeEntry(intent(Side.BUY, "100", "93"), account("10000", "0"));
        for (RiskDecision decision : new RiskDecision[] {entry, exit, sized}) {
            assertEquals(Verdict.REJECT, decision.verdict());
            assertEquals("emergency", decision.rule());
            assertTrue(decision.reason().contains("alice") && decision.reason().contains("exchange misbehaving"),
                    decision.reason());
        }
        assertTrue(f.risk.status().emergencyStopped());

        f.risk.rearm("bob");

        assertFalse(f.risk.emergencyStopped());
        assertEquals(Verdict.ACCEPT, f.risk.validate(limit(Side.BUY, "1", "100"), false, account("10000", "0")).verdict());
        AuditEntry stop = f.last(RiskAudit.EMERGENCY_STOP);
        AuditEntry rearm = f.last(RiskAudit.EMERGENCY_REARM);
        assertEquals("alice", stop.actor());
        assertTrue(stop.detail().contains("exchange misbehaving"), stop.detail());
        assertEquals("bob", rearm.actor());
        assertTrue(rearm.detail().contains("alice"), rearm.detail());
    }

    @Test
    void aSecondStopKeepsTheFirstReason() {
        f.risk.emergencyStop("alice", "first");
        f.risk.emergencyStop("bob", "second");

        assertTrue(f.risk.status().emergencyReason().contains("first"), f.risk.status().emergencyReason());
        assertEquals(2, f.entries(RiskAudit.EMERGENCY_STOP).size());
    }

    @Test
    void stopNeedsAnActorAndAReason() {
        assertThrows(IllegalArgumentException.class, () -> f.risk.emergencyStop("alice", ""));
        assertThrows(IllegalArgumentException.class, () -> f.risk.emergencyStop(" ", "panic"));
        assertFalse(f.risk.emergencyStopped());
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS) // a hang guard: a lock shared with the trading thread would deadlock
    void worksWhileATradingThreadIsWedgedInsideTheRiskManager() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        f.risk.addRule(OrderValidationTest.rule("wedged", (order, ctx) -> {
            inside.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return RiskDecision.accept("wedged", order.quantity());
        }));
        ExecutorService trading = Executors.newSingleThreadExecutor();
        try {
            Future<RiskDecision> stuck = trading.submit(
                    () -> f.risk.validate(limit(Side.BUY, "1", "100"), false, account("10000", "0")));
            inside.await();

            f.risk.emergencyStop("alice", "engine wedged");
            f.risk.assess(Fixtures.pnl("9500", "9500", "10000", "-500", false, Fixtures.NOON));

            assertTrue(f.risk.emergencyStopped());
            assertEquals("emergency", CompletableFuture.supplyAsync(
                    () -> f.risk.validate(limit(Side.SELL, "1", "100"), true, account("10000", "0")).rule()).get());
            release.countDown();
            assertEquals(Verdict.ACCEPT, stuck.get().verdict(), "the order judged before the stop was already past it");
        } finally {
            release.countDown();
            trading.shutdownNow();
        }
    }
}
