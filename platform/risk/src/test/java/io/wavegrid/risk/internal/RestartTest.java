package io.wavegrid.risk.internal;

import static io.wavegrid.risk.internal.Fixtures.NOON;
import static io.wavegrid.risk.internal.Fixtures.WALL;
import static io.wavegrid.risk.internal.Fixtures.account;
import static io.wavegrid.risk.internal.Fixtures.limit;
import static io.wavegrid.risk.internal.Fixtures.pnl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import io.wavegrid.infra.api.AuditEntry;
import io.wavegrid.infra.memory.internal.MemoryAuditLog;
import io.wavegrid.market.api.Side;
import io.wavegrid.trading.api.RiskDecision;
import io.wavegrid.trading.api.RiskDecision.Verdict;
import io.wavegrid.trading.api.TradingState;

import org.junit.jupiter.api.Test;

/** What a bundle or process restart must not lose: a new risk manager on the previous run's Config Admin store. */
class RestartTest {

    private static final String PID = RiskStateStore.PID;

    private final Fixtures before = new Fixtures();

    private static RiskDecision anEntry(Fixtures f) {
        return f.risk.validate(limit(Side.BUY, "1", "100"), false, account("10000", "0"));
    }

    @Test
    void anEngagedEmergencyStopIsStillEngagedAfterARestart() {
        before.risk.emergencyStop("alice", "exchange misbehaving");

        Fixtures after = before.restarted();

        assertTrue(after.risk.emergencyStopped());
        RiskDecision refused = anEntry(after);
        assertEquals(Verdict.REJECT, refused.verdict());
        assertEquals("emergency", refused.rule());
        assertTrue(refused.reason().contains("alice") && refused.reason().contains("exchange misbehaving"), refused.reason());
        assertTrue(after.risk.status().emergencyReason().contains(WALL.instant().toString()),
                "the stop keeps its time: " + after.risk.status().emergencyReason());
        AuditEntry restored = after.last(RiskAudit.RESTORE);
        assertTrue(restored.detail().contains("\"emergency\":\"ENGAGED\"") && restored.detail().contains("alice"),
                restored.detail());
        assertTrue(before.last(RiskAudit.EMERGENCY_STOP).detail().contains("\"stored\":true"));
    }

    @Test
    void aReArmedStopIsArmedAfterARestartAndRemembersWhoReArmedIt() {
        before.risk.emergencyStop("alice", "exchange misbehaving");
        before.risk.rearm("bob");

        Fixtures after = before.restarted();

        assertFalse(after.risk.emergencyStopped());
        assertEquals(Verdict.ACCEPT, anEntry(after).verdict());
        assertEquals("ARMED", before.configs.properties(PID).get("emergency"));
        assertEquals("bob", before.configs.properties(PID).get("rearmed.actor"));
        assertTrue(after.last(RiskAudit.RESTORE).detail().contains("\"rearmedBy\":\"bob\""));
        assertTrue(before.last(RiskAudit.EMERGENCY_REARM).detail().contains("\"stored\":true"));
    }

    @Test
    void aStopSurvivesSeveralRestartsUntilAnOperatorReArms() {
        before.risk.emergencyStop("alice", "exchange misbehaving");
        Fixtures second = before.restarted().restarted();
        assertTrue(second.risk.emergencyStopped());

        second.risk.rearm("carol");

        assertFalse(second.restarted().risk.emergencyStopped());
    }

    @Test
    void aHaltAndItsCauseSurviveARestartUntilTheOperatorResets() {
        before.risk.assess(pnl("9500", "9500", "10000", "-500", false, NOON));

        Fixtures after = before.restarted();

        assertEquals(TradingState.HALTED, after.risk.state());
        assertTrue(after.risk.status().cause().contains("DAILY_LOSS") && after.risk.status().cause().contains("-500"),
                after.risk.status().cause());
        assertEquals(NOON, after.risk.status().since());
        assertEquals(Verdict.REJECT, anEntry(after).verdict());
        assertEquals(Verdict.ACCEPT, after.risk.validate(limit(Side.SELL, "0.1", "100"), true, account("9500", "0")).verdict(),
                "reducing orders still pass");

        after.risk.reset("alice", "checked the account");

        assertEquals(TradingState.ACTIVE, after.restarted().risk.state());
    }

    @Test
    void aReducingStateSurvivesARestart() {
        before.risk.assess(pnl("8000", "8500", "10000", "0", true, NOON));

        Fixtures after = before.restarted();

        assertEquals(TradingState.REDUCING, after.risk.state());
        assertTrue(after.risk.status().cause().contains("DRAWDOWN"), after.risk.status().cause());
    }

    @Test
    void theDailyResetStillClearsARestoredDailyLossHaltOnTheNextUtcDay() {
        before.risk.assess(pnl("9500", "9500", "10000", "-500", false, NOON));
        Fixtures after = before.restarted();

        TradingState sameDay = after.risk.assess(pnl("9500", "9500", "10000", "-500", false, NOON.plusSeconds(3600)));
        TradingState nextDay = after.risk.assess(pnl("9500", "9500", "9500", "0", false, Instant.parse("2026-03-03T00:00:00Z")));

        assertEquals(TradingState.HALTED, sameDay);
        assertEquals(TradingState.ACTIVE, nextDay);
        assertEquals("ACTIVE", after.configs.properties(PID).get("trading.state"), "the daily reset is stored too");
    }

    @Test
    void aCorruptStoredStateEngagesTheEmergencyStopWithTheReason() {
        TestConfigAdmin configs = new TestConfigAdmin();
        configs.plant(PID, Map.of("state.format", "1", "emergency", "MAYBE", "trading.state", "PAUSED"));

        Fixtures after = new Fixtures(configs);

        assertTrue(after.risk.emergencyStopped());
        String reason = after.risk.status().emergencyReason();
        assertTrue(reason.contains("emergency must be ENGAGED or ARMED, got 'MAYBE'"), reason);
        assertTrue(reason.contains("trading.state 'PAUSED' cannot be read"), reason);
        assertEquals(Verdict.REJECT, anEntry(after).verdict());
        AuditEntry stop = after.last(RiskAudit.EMERGENCY_STOP);
        assertEquals(RiskAudit.SYSTEM, stop.actor());
        assertTrue(stop.detail().contains("\"failSafe\":true") && stop.detail().contains("MAYBE"), stop.detail());
        assertEquals("ENGAGED", configs.properties(PID).get("emergency"), "the safe state replaces the unusable one");

        after.risk.rearm("alice");

        assertFalse(after.restarted().risk.emergencyStopped(), "an operator's re-arm ends the fail-safe stop for good");
    }

    @Test
    void anIncompleteHaltFailsSafe() {
        Map<String, Object> halted = new HashMap<>(validArmedActive());
        halted.put("trading.state", "HALTED"); // its cause is missing
        TestConfigAdmin configs = new TestConfigAdmin();
        configs.plant(PID, halted);

        Fixtures after = new Fixtures(configs);

        assertTrue(after.risk.emergencyStopped());
        assertTrue(after.risk.status().emergencyReason().contains("trading.cause.limit is missing"),
                after.risk.status().emergencyReason());
    }

    @Test
    void anUnknownFormatFailsSafe() {
        Map<String, Object> future = new HashMap<>(validArmedActive());
        future.put("state.format", "2");
        TestConfigAdmin configs = new TestConfigAdmin();
        configs.plant(PID, future);

        Fixtures after = new Fixtures(configs);

        assertTrue(after.risk.emergencyStopped());
        assertTrue(after.risk.status().emergencyReason().contains("state.format '2' is not a known format"),
                after.risk.status().emergencyReason());
    }

    @Test
    void aValidArmedRecordIsReadAsArmed() {
        TestConfigAdmin configs = new TestConfigAdmin();
        configs.plant(PID, validArmedActive());

        assertFalse(new Fixtures(configs).risk.emergencyStopped(), "proves the fail-safe cases above fail on their defect");
    }

    @Test
    void aRecordKeptInAFileStaysLinkedToItAndLosesStaleKeys() {
        Map<String, Object> inFile = new HashMap<>(validArmedActive());
        inFile.put("felix.fileinstall.filename", "file:/opt/wavegrid/etc/io.wavegrid.risk.state.cfg");
        inFile.put("emergency.reason", "left over from an older stop");
        TestConfigAdmin configs = new TestConfigAdmin();
        configs.plant(PID, inFile);
        Fixtures f = new Fixtures(configs);

        f.risk.emergencyStop("alice", "exchange misbehaving");
        f.risk.rearm("bob");

        Map<String, Object> stored = configs.properties(PID);
        assertEquals("file:/opt/wavegrid/etc/io.wavegrid.risk.state.cfg", stored.get("felix.fileinstall.filename"),
                "File Install writes the file back only while the configuration names it");
        assertEquals("ARMED", stored.get("emergency"));
        assertFalse(stored.containsKey("emergency.reason"), "an armed record carries no stop: " + stored);
    }

    @Test
    void aStoreThatCannotBeReadFailsSafe() {
        before.configs.readsFail = true;

        Fixtures after = before.restarted();

        assertTrue(after.risk.emergencyStopped());
        assertTrue(after.risk.status().emergencyReason().contains("disk read error"), after.risk.status().emergencyReason());
    }

    @Test
    void aFailedWriteStillStopsAndIsAuditedAsNotStored() {
        before.configs.writesFail = true;

        before.risk.emergencyStop("alice", "exchange misbehaving");

        assertTrue(before.risk.emergencyStopped());
        assertTrue(before.last(RiskAudit.EMERGENCY_STOP).detail().contains("\"stored\":false"));
    }

    @Test
    void theFirstStartStoresArmedAndActive() {
        assertEquals("ARMED", before.configs.properties(PID).get("emergency"));
        assertEquals("ACTIVE", before.configs.properties(PID).get("trading.state"));
        assertTrue(before.entries(RiskAudit.EMERGENCY_STOP).isEmpty());
    }

    @Test
    void withoutConfigAdminTheStopWorksInMemoryAndIsAuditedAsNotStored() {
        Fixtures memoryOnly = new Fixtures(null, Map.of());

        memoryOnly.risk.emergencyStop("alice", "exchange misbehaving");

        assertTrue(memoryOnly.risk.emergencyStopped());
        assertTrue(memoryOnly.last(RiskAudit.EMERGENCY_STOP).detail().contains("\"stored\":false"));
    }

    @Test
    void aConfigAdminArrivingLateMergesOnTheSafeSide() {
        TestConfigAdmin configs = new TestConfigAdmin();
        Fixtures earlier = new Fixtures(configs);
        earlier.risk.assess(pnl("9500", "9500", "10000", "-500", false, NOON));
        RiskManagerComponent late = new RiskManagerComponent(new MemoryAuditLog(), null, Map.of(), WALL);
        late.emergencyStop("bob", "pulled before Config Admin came");

        late.bindConfigAdmin(configs.admin());

        assertTrue(late.emergencyStopped());
        assertTrue(late.status().emergencyReason().contains("bob"), "the stop in memory stays, not a stored one");
        assertEquals(TradingState.HALTED, late.state(), "the stored halt is taken");
        assertEquals("ENGAGED", configs.properties(PID).get("emergency"), "the merge is written back");
        assertEquals("HALTED", configs.properties(PID).get("trading.state"));
    }

    @Test
    void aStateChangeIsStoredOnlyWhenItHappensNotOnEveryAssessment() {
        int atStart = before.configs.writes.get();
        before.risk.assess(pnl("10000", "10000", "10000", "0", false, NOON));
        before.risk.assess(pnl("10000", "10000", "10000", "0", false, NOON.plusSeconds(60)));
        assertEquals(atStart, before.configs.writes.get());

        before.risk.assess(pnl("9500", "9500", "10000", "-500", false, NOON.plusSeconds(120)));

        assertEquals(atStart + 1, before.configs.writes.get());
        assertTrue(before.last(RiskAudit.STATE).detail().contains("\"stored\":true"), before.last(RiskAudit.STATE).detail());
    }

    private static Map<String, Object> validArmedActive() {
        return Map.of("state.format", "1", "emergency", "ARMED", "trading.state", "ACTIVE");
    }

    @Test
    void theStoredRecordReadsBackAsWritten() {
        before.risk.emergencyStop("alice", "why, with \"quotes\"\nand a new line");
        before.risk.assess(pnl("9500", "9500", "10000", "-500", true, NOON));
        Map<String, Object> stored = before.configs.properties(PID);

        StoredRiskState read = StoredRiskState.parse(stored);

        assertEquals("alice", read.stop().actor());
        assertEquals("why, with \"quotes\"\nand a new line", read.stop().reason());
        assertEquals(TradingState.REDUCING, read.trading().state());
        assertEquals(Breach.Limit.DAILY_LOSS, read.trading().cause().limit());
        assertEquals(NOON, read.trading().cause().time());
        assertNull(read.rearm());
    }
}
