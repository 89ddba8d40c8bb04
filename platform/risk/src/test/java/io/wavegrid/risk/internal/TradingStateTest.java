package io.wavegrid.risk.internal;

import static io.wavegrid.risk.internal.Fixtures.NOON;
import static io.wavegrid.risk.internal.Fixtures.account;
import static io.wavegrid.risk.internal.Fixtures.intent;
import static io.wavegrid.risk.internal.Fixtures.limit;
import static io.wavegrid.risk.internal.Fixtures.pnl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.wavegrid.infra.api.AuditEntry;
import io.wavegrid.market.api.Side;
import io.wavegrid.trading.api.RiskContext;
import io.wavegrid.trading.api.RiskDecision;
import io.wavegrid.trading.api.RiskDecision.Verdict;
import io.wavegrid.trading.api.RiskStatus;
import io.wavegrid.trading.api.TradingState;

import org.junit.jupiter.api.Test;

class TradingStateTest {

    private static final Instant LATE = Instant.parse("2026-03-02T23:59:59Z");
    private static final Instant MIDNIGHT = Instant.parse("2026-03-03T00:00:00Z");

    private final Fixtures f = new Fixtures();

    @Test
    void aDailyLossWithinTheLimitKeepsTradingActive() {
        // Day-start balance 10000: the 5% limit is a loss of 500.
        assertEquals(TradingState.ACTIVE, f.risk.assess(pnl("9500.01", "9500.01", "10000", "-499.99", true, NOON)));
        assertTrue(f.entries(RiskAudit.STATE).isEmpty(), "no change, no state entry");
    }

    @Test
    void aDailyLossBreachReducesWhilePositionsAreOpenThenHaltsWhenFlat() {
        assertEquals(TradingState.REDUCING, f.risk.assess(pnl("9500", "9500", "10000", "-500", true, NOON)));

        RiskDecision entry = f.risk.sizeEntry(intent(Side.BUY, "100", "93"), account("9500", "0"));
        RiskDecision exit = f.risk.validate(limit(Side.SELL, "0.1", "100"), true, account("9500", "5000"));
        assertEquals(Verdict.REJECT, entry.verdict());
        assertTrue(entry.reason().contains("REDUCING") && entry.reason().contains("DAILY_LOSS"), entry.reason());
        assertEquals(Verdict.ACCEPT, exit.verdict(), "reducing orders pass while REDUCING");

        assertEquals(TradingState.HALTED, f.risk.assess(pnl("9400", "9400", "10000", "-600", false, NOON.plusSeconds(60))));
        assertEquals(Verdict.ACCEPT, f.risk.validate(limit(Side.SELL, "0.1", "100"), true, account("9400", "0")).verdict(),
                "reducing orders pass while HALTED");
        assertEquals(Verdict.REJECT, f.risk.validate(limit(Side.BUY, "1", "100"), false, account("9400", "0")).verdict());

        List<AuditEntry> changes = f.entries(RiskAudit.STATE);
        assertEquals(2, changes.size());
        assertTrue(changes.get(1).detail().contains("\"from\":\"ACTIVE\",\"to\":\"REDUCING\""), changes.get(1).detail());
        assertTrue(changes.get(1).detail().contains("\"dailyPnl\":-500"), changes.get(1).detail());
        assertTrue(changes.get(0).detail().contains("\"from\":\"REDUCING\",\"to\":\"HALTED\""), changes.get(0).detail());
        assertEquals(NOON, changes.get(1).time(), "state changes carry the engine's time");
    }

    @Test
    void aBreachWhileFlatHaltsAtOnceWithItsCause() {
        f.risk.assess(pnl("9500", "9500", "10000", "-500", false, NOON));

        RiskStatus status = f.risk.status();
        assertEquals(TradingState.HALTED, status.state());
        assertTrue(status.cause().contains("DAILY_LOSS") && status.cause().contains("-500"), status.cause());
        assertEquals(NOON, status.since());
    }

    @Test
    void aDrawdownBreachHalts() {
        // Peak 10000, 15% drawdown: equity 8500 or below.
        assertEquals(TradingState.ACTIVE, f.risk.assess(pnl("8500.01", "8500.01", "10000", "0", false, NOON)));
        assertEquals(TradingState.HALTED, f.risk.assess(pnl("8500", "8500", "10000", "0", false, NOON)));
        assertTrue(f.risk.status().cause().startsWith("DRAWDOWN"), f.risk.status().cause());
    }

    @Test
    void theDailyResetClearsADailyLossHaltAtMidnightUtcByTheContextsTime() {
        f.risk.assess(pnl("9500", "9500", "10000", "-500", false, NOON));

        // The wall clock is years later: only the context's time counts.
        assertEquals(TradingState.HALTED, f.risk.assess(pnl("9500", "9500", "10000", "-500", false, LATE)));
        assertEquals(TradingState.ACTIVE, f.risk.assess(pnl("9500", "9500", "10000", "0", false, MIDNIGHT)));

        AuditEntry reset = f.last(RiskAudit.STATE);
        assertTrue(reset.detail().contains("daily reset"), reset.detail());
        assertEquals(MIDNIGHT, reset.time());
    }

    @Test
    void theDrawdownHaltIsNotClearedByTheDailyReset() {
        f.risk.assess(pnl("8500", "8500", "10000", "0", false, NOON));

        assertEquals(TradingState.HALTED, f.risk.assess(pnl("9000", "9000", "10000", "0", false, MIDNIGHT)));
        assertEquals(TradingState.HALTED, f.risk.assess(pnl("9000", "9000", "10000", "0", false, MIDNIGHT.plusSeconds(86_400 * 5))));
    }

    @Test
    void aDrawdownDuringADailyLossHaltOutlivesTheDailyReset() {
        f.risk.assess(pnl("9500", "9500", "10000", "-500", false, NOON));
        f.risk.assess(pnl("8400", "8400", "10000", "-1600", false, LATE));
        assertTrue(f.risk.status().cause().startsWith("DRAWDOWN"), f.risk.status().cause());

        assertEquals(TradingState.HALTED, f.risk.assess(pnl("8400", "8400", "10000", "0", false, MIDNIGHT)));
    }

    @Test
    void anOperatorResetClearsAnyHaltAndAcknowledgesTheBreach() {
        f.risk.assess(pnl("8400", "8400", "10000", "0", false, NOON));

        f.risk.reset("alice", "losses reviewed");

        assertEquals(TradingState.ACTIVE, f.risk.state());
        AuditEntry reset = f.last(RiskAudit.STATE);
        assertEquals("alice", reset.actor());
        assertTrue(reset.detail().contains("losses reviewed") && reset.detail().contains("\"to\":\"ACTIVE\""), reset.detail());
        // The drawdown is measured from the equity at the reset: 8400, so 15% lower is 7140.
        assertEquals(TradingState.ACTIVE, f.risk.assess(pnl("8400", "8400", "10000", "0", false, NOON.plusSeconds(60))));
        assertEquals(TradingState.ACTIVE, f.risk.assess(pnl("7140.01", "7140.01", "10000", "0", false, NOON.plusSeconds(120))));
        assertEquals(TradingState.HALTED, f.risk.assess(pnl("7140", "7140", "10000", "0", false, NOON.plusSeconds(180))));
    }

    @Test
    void afterAnOperatorResetADailyLossHaltsAgainOnTheNextDay() {
        f.risk.assess(pnl("9500", "9500", "10000", "-500", false, NOON));
        f.risk.reset("alice", "one bad trade");

        assertEquals(TradingState.ACTIVE, f.risk.assess(pnl("9400", "9400", "10000", "-600", false, LATE)));
        assertEquals(TradingState.HALTED, f.risk.assess(pnl("8930", "8930", "9400", "-470", false, MIDNIGHT)));
    }

    @Test
    void resetNeedsAnActorAndAReasonAndChangesNothingWithout() {
        f.risk.assess(pnl("9500", "9500", "10000", "-500", false, NOON));

        assertThrows(IllegalArgumentException.class, () -> f.risk.reset("alice", " "));
        assertThrows(IllegalArgumentException.class, () -> f.risk.reset(null, "why not"));
        assertEquals(TradingState.HALTED, f.risk.state());
    }

    @Test
    void theDailyLossIsMeasuredAgainstTheDaysStartingEquityNotTheCashBesideThePositions() {
        // 9,000 of the 10,400 the day began with is in a position: a loss of 400 is 3.8% of the account.
        assertEquals(TradingState.ACTIVE, f.risk.assess(pnl("1000", "10000", "10400", "-400", true, NOON)));
        assertEquals(TradingState.REDUCING, f.risk.assess(pnl("1000", "9880", "10400", "-520", true, NOON.plusSeconds(60))),
                "5% of the day-start equity of 10,400");
    }

    @Test
    void aProfitableDayWithLittleCashLeftIsStillJudged() {
        assertEquals(TradingState.ACTIVE, f.risk.assess(pnl("500", "11000", "11000", "1000", true, NOON)));
        assertTrue(f.entries(RiskAudit.ASSESS).isEmpty(), "nothing refused: " + f.entries(RiskAudit.ASSESS));
        assertEquals(TradingState.REDUCING, f.risk.assess(pnl("500", "9500", "11000", "-500", true, NOON.plusSeconds(60))),
                "a loss of 500 is 5% of the 10,000 the day began with (and less than the 15% drawdown from 11,000)");
        String transition = f.entries(RiskAudit.STATE).get(f.entries(RiskAudit.STATE).size() - 1).detail();
        assertTrue(transition.contains("day-start equity 10000"), transition);
    }

    @Test
    void concurrentAssessmentsRecordOneTransition() throws Exception {
        ExecutorService shards = Executors.newFixedThreadPool(4);
        try {
            List<Callable<TradingState>> work = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                work.add(() -> f.risk.assess(pnl("9500", "9500", "10000", "-500", true, NOON)));
            }
            for (Future<TradingState> result : shards.invokeAll(work)) {
                assertEquals(TradingState.REDUCING, result.get());
            }
        } finally {
            shards.shutdownNow();
        }
        assertEquals(1, f.entries(RiskAudit.STATE).size());
    }

    @Test
    void invalidAssessmentInputChangesNothingAndIsRecorded() {
        f.risk.assess(pnl("9500", "9500", "10000", "-500", false, NOON));
        RiskContext noPeak = new RiskContext(BigDecimal.TEN, BigDecimal.TEN, null, BigDecimal.ZERO, BigDecimal.ZERO, null,
                null, List.of(), MIDNIGHT);
        RiskContext noTime = new RiskContext(BigDecimal.TEN, BigDecimal.TEN, BigDecimal.TEN, BigDecimal.ZERO,
                BigDecimal.ZERO, null, null, List.of(), null);

        assertEquals(TradingState.HALTED, f.risk.assess(null));
        assertEquals(TradingState.HALTED, f.risk.assess(noPeak));
        assertEquals(TradingState.HALTED, f.risk.assess(noTime));
        assertEquals(TradingState.HALTED, f.risk.assess(pnl("100", "100", "10000", "100", false, MIDNIGHT)),
                "a day-start equity of zero cannot be judged");
        List<AuditEntry> refused = f.entries(RiskAudit.ASSESS);
        assertEquals(4, refused.size());
        assertTrue(refused.get(2).detail().contains("peak equity must be positive"), refused.get(2).detail());
    }
}
