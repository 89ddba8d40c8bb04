package io.wavegrid.infra.api.contract;

import static io.wavegrid.infra.api.contract.Fixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import io.wavegrid.infra.api.StrategyConfigChange;
import io.wavegrid.infra.api.StrategyConfigHistory;

import org.junit.jupiter.api.Test;

/** What every {@link StrategyConfigHistory} must do; each test gets an empty history. */
public abstract class StrategyConfigHistoryContract {

    protected abstract StrategyConfigHistory history();

    @Test
    void versionsComeBackNewestFirstWithTheirProperties() {
        String pid = "io.wavegrid.strategy.confluence~default";
        for (int i = 1; i <= 3; i++) {
            history().record(new StrategyConfigChange(pid, Map.of("weight.technical", "0." + i, "threshold", "0.6"), "admin", T0.plusSeconds(i)));
        }
        history().record(new StrategyConfigChange("other.pid", Map.of(), "system", T0.plusSeconds(10)));

        List<StrategyConfigChange> newest = history().history(pid, 2);
        assertEquals(2, newest.size());
        assertEquals(new StrategyConfigChange(pid, Map.of("weight.technical", "0.3", "threshold", "0.6"), "admin", T0.plusSeconds(3)), newest.get(0));
        assertEquals(T0.plusSeconds(2), newest.get(1).time());
        assertEquals(Map.of(), history().history("other.pid", 5).get(0).properties());
        assertTrue(history().history("unknown", 5).isEmpty());
    }
}
