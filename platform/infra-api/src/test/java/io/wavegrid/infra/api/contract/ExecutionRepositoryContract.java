package io.wavegrid.infra.api.contract;

import static io.wavegrid.infra.api.contract.Fixtures.T0;
import static io.wavegrid.infra.api.contract.Fixtures.assertSameFill;
import static io.wavegrid.infra.api.contract.Fixtures.fill;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import io.wavegrid.infra.api.ExecutionRepository;
import io.wavegrid.trading.api.Fill;

import org.junit.jupiter.api.Test;

/** What every {@link ExecutionRepository} must do; each test gets an empty repository. */
public abstract class ExecutionRepositoryContract {

    protected abstract ExecutionRepository executions();

    @Test
    void aFillIsRecordedOnceWithAllItsFields() {
        Fill f = fill("t-1", "o-1", "0.25", T0);

        assertTrue(executions().record("paper", f));
        assertFalse(executions().record("paper", f));
        assertTrue(executions().record("binance-main", f), "the same trade id in another account is another fill");

        List<Fill> fills = executions().forOrder("o-1");
        assertEquals(2, fills.size());
        assertSameFill(f, fills.get(0));
    }

    @Test
    void fillsOfAnOrderComeOldestFirst() {
        executions().record("paper", fill("t-3", "o-2", "0.3", T0.plusSeconds(3)));
        executions().record("paper", fill("t-1", "o-2", "0.1", T0.plusSeconds(1)));
        executions().record("paper", fill("t-2", "o-9", "0.2", T0.plusSeconds(2)));

        assertEquals(List.of("t-1", "t-3"), executions().forOrder("o-2").stream().map(Fill::tradeId).toList());
    }

    @Test
    void recentFillsAreTheAccountsNewestFirst() {
        for (int i = 0; i < 4; i++) {
            executions().record("paper", fill("p-" + i, "o-" + i, "1", T0.plusSeconds(i)));
        }
        executions().record("other", fill("x-9", "o-9", "1", T0.plusSeconds(99)));

        assertEquals(List.of("p-3", "p-2"), executions().recent("paper", 2).stream().map(Fill::tradeId).toList());
    }
}
