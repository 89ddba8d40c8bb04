package io.wavegrid.console.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.wavegrid.infra.memory.internal.MemoryAuditLog;
import io.wavegrid.risk.internal.RiskManagerComponent;
import io.wavegrid.trading.api.RiskLimits;

import org.apache.karaf.shell.api.action.Action;
import org.junit.jupiter.api.Test;

/** The risk commands on the real risk manager, their fields set the way Karaf injects them. */
class RiskCommandsTest {

    private final MemoryAuditLog audit = new MemoryAuditLog();
    private final RiskManagerComponent risk = new RiskManagerComponent();

    RiskCommandsTest() {
        risk.bindAuditLog(audit);
        risk.activate(Map.of());
    }

    @Test
    void riskShowsStateLimitsAndTheEmergencyStop() throws Exception {
        risk.emergencyStop("alice", "maintenance");

        String out = run(new RiskCommand(), Map.of());

        assertTrue(out.contains("ACTIVE"), out);
        assertTrue(out.contains("max.daily.loss") && out.contains("0.05"), out);
        assertTrue(out.contains("maintenance"), out);
    }

    @Test
    void riskLimitsSetsKeyValuePairs() throws Exception {
        String out = run(new RiskLimitsCommand(), Map.of("changes", List.of("max.daily.loss=0.04", "max.exposure=3")));

        assertEquals(0, new BigDecimal("0.04").compareTo(risk.limits().maxDailyLoss()));
        assertEquals(0, new BigDecimal("3").compareTo(risk.limits().maxExposure()));
        assertTrue(out.contains("changed") && out.contains("0.04"), out);
        assertEquals("console", audit.recent(1).get(0).actor(), "no JAAS user outside Karaf");
    }

    @Test
    void riskLimitsRefusesBadValuesWithEveryReasonAndChangesNothing() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> run(new RiskLimitsCommand(),
                Map.of("changes", List.of("max.daily.loss=2", "max.drawdown=NaN"))));
        IllegalArgumentException notAPair = assertThrows(IllegalArgumentException.class, () -> run(new RiskLimitsCommand(),
                Map.of("changes", List.of("max.daily.loss"))));

        assertTrue(e.getMessage().contains("max.daily.loss must be a fraction in (0, 1], got 2"), e.getMessage());
        assertTrue(e.getMessage().contains("max.drawdown must be a finite number, got 'NaN'"), e.getMessage());
        assertTrue(notAPair.getMessage().contains("is not key=value"), notAPair.getMessage());
        assertEquals(RiskLimits.defaults(), risk.limits());
    }

    @Test
    void riskResetRecordsTheReason() throws Exception {
        String out = run(new RiskResetCommand(), Map.of("reason", List.of("losses", "reviewed")));

        assertTrue(out.contains("ACTIVE"), out);
        assertTrue(audit.recent(1).get(0).detail().contains("losses reviewed"), audit.recent(1).get(0).detail());
    }

    private String run(Action command, Map<String, Object> arguments) throws Exception {
        set(command, "risk", risk);
        for (Map.Entry<String, Object> argument : arguments.entrySet()) {
            set(command, argument.getKey(), argument.getValue());
        }
        PrintStream console = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            command.execute();
        } finally {
            System.setOut(console);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void set(Object target, String field, Object value) throws ReflectiveOperationException {
        Field f = target.getClass().getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }
}
