package io.wavegrid.risk.internal;

import static io.wavegrid.risk.internal.Fixtures.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.wavegrid.infra.api.AuditEntry;
import io.wavegrid.trading.api.RiskLimits;

import org.junit.jupiter.api.Test;

class RiskConfigTest {

    @Test
    void withoutConfigurationTheDesignDefaultsApply() {
        Fixtures f = new Fixtures();

        assertEquals(RiskLimits.defaults(), f.risk.limits());
        assertEquals(0, d("0.001").compareTo(f.risk.feeReserve()));
    }

    @Test
    void aValidConfigurationAppliesAndMissingKeysTakeTheDefaults() {
        Fixtures f = new Fixtures(Map.of("max.daily.loss", "0.02", "max.exposure", 3, "fee.reserve", "0.002",
                "service.pid", "io.wavegrid.risk", "felix.fileinstall.filename", "file:/etc/io.wavegrid.risk.cfg"));

        assertEquals(new RiskLimits(d("0.03"), d("0.02"), d("3"), d("0.15")), f.risk.limits());
        assertEquals(0, d("0.002").compareTo(f.risk.feeReserve()));
    }

    @Test
    void liveChangesApplyAndAreAudited() {
        Fixtures f = new Fixtures();

        f.risk.modified(Map.of("max.drawdown", "0.1"));

        assertEquals(0, d("0.1").compareTo(f.risk.limits().maxDrawdown()));
        AuditEntry change = f.last(RiskAudit.LIMITS);
        assertEquals("config", change.actor());
        assertTrue(change.detail().contains("max.drawdown=0.15") && change.detail().contains("max.drawdown=0.1"),
                change.detail());

        f.risk.modified(Map.of());
        assertEquals(RiskLimits.defaults(), f.risk.limits(), "a deleted configuration brings the defaults back");
    }

    @Test
    void anInvalidChangeIsRefusedWholeWithEveryProblemNamedAndTheLimitsStay() {
        Fixtures f = new Fixtures(Map.of("max.daily.loss", "0.04"));
        RiskLimits before = f.risk.limits();
        Map<String, Object> bad = new HashMap<>();
        bad.put("max.risk.per.trade", "lots");
        bad.put("max.daily.loss", "-0.05");
        bad.put("max.drawdown", Double.NaN);
        bad.put("max.exposure", "0");
        bad.put("fee.reserve", "1.5");
        bad.put("max.dailyloss", "0.05");

        f.risk.modified(bad);

        assertEquals(before, f.risk.limits());
        AuditEntry refused = f.last(RiskAudit.LIMITS);
        for (String problem : List.of("max.risk.per.trade must be a finite number, got 'lots'",
                "max.daily.loss must be a fraction in (0, 1], got -0.05", "max.drawdown must be a finite number, got 'NaN'",
                "max.exposure must be a positive multiple of balance, got 0", "fee.reserve must be a fraction in [0, 1), got 1.5",
                "unknown key 'max.dailyloss'")) {
            assertTrue(refused.detail().contains(problem), problem + " in " + refused.detail());
        }
        assertTrue(refused.detail().contains("\"verdict\":\"REJECT\""), refused.detail());
    }

    @Test
    void fractionsAboveOneAreRefused() {
        Fixtures f = new Fixtures();

        f.risk.modified(Map.of("max.drawdown", "1.5"));

        assertEquals(RiskLimits.defaults(), f.risk.limits());
        assertTrue(f.last(RiskAudit.LIMITS).detail().contains("max.drawdown must be a fraction in (0, 1], got 1.5"));
    }

    @Test
    void anInvalidConfigurationAtStartKeepsTheDefaults() {
        Fixtures f = new Fixtures(Map.of("max.exposure", "many"));

        assertEquals(RiskLimits.defaults(), f.risk.limits());
        assertTrue(f.last(RiskAudit.LIMITS).detail().contains("max.exposure must be a finite number"));
    }

    @Test
    void setLimitsAppliesAtOnceAndIsAuditedWithTheActor() {
        Fixtures f = new Fixtures();
        RiskLimits tighter = new RiskLimits(d("0.01"), d("0.02"), d("2"), d("0.1"));

        f.risk.setLimits(tighter, "alice");

        assertEquals(tighter, f.risk.limits());
        assertEquals(tighter, f.risk.status().limits());
        AuditEntry change = f.last(RiskAudit.LIMITS);
        assertEquals("alice", change.actor());
        assertEquals(RiskSettings.PID, change.target());
        assertTrue(change.detail().contains("max.exposure=2"), change.detail());
    }

    @Test
    void setLimitsWithoutLimitsOrActorChangesNothing() {
        Fixtures f = new Fixtures();

        assertThrows(IllegalArgumentException.class, () -> f.risk.setLimits(null, "alice"));
        assertThrows(IllegalArgumentException.class, () -> f.risk.setLimits(RiskLimits.defaults(), ""));
        assertEquals(RiskLimits.defaults(), f.risk.limits());
        assertTrue(f.entries(RiskAudit.LIMITS).isEmpty());
    }

    @Test
    void partialUpdatesByKeyOrNameNameEveryProblem() {
        RiskLimits limits = RiskLimits.defaults().with(Map.of("maxDailyLoss", 0.04, "max.exposure", "3"));
        assertEquals(new RiskLimits(d("0.03"), d("0.04"), d("3"), d("0.15")), limits);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RiskLimits.defaults().with(Map.of("maxDrawdown", Double.POSITIVE_INFINITY, "leverage", "10")));
        assertTrue(e.getMessage().contains("max.drawdown must be a finite number"), e.getMessage());
        assertTrue(e.getMessage().contains("unknown limit 'leverage'"), e.getMessage());
    }
}
