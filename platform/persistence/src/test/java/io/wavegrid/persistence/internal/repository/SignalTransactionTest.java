package io.wavegrid.persistence.internal.repository;

import static io.wavegrid.infra.api.contract.Fixtures.BTC;
import static io.wavegrid.infra.api.contract.Fixtures.T0;
import static io.wavegrid.infra.api.contract.Fixtures.assertSameSignal;
import static io.wavegrid.infra.api.contract.Fixtures.signal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.wavegrid.infra.api.StoreUnavailableException;
import io.wavegrid.persistence.internal.Backends;
import io.wavegrid.persistence.internal.Backends.Backend;
import io.wavegrid.signal.api.Category;
import io.wavegrid.signal.api.SignalStatus;
import io.wavegrid.signal.api.TradingSignal;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A signal is saved whole or not at all: its row, targets and reasoning in one transaction. */
class SignalTransactionTest {

    private final Backend backend = Backends.h2();
    private JdbcSignalRepository signals;

    @BeforeEach
    void emptyDatabase() {
        backend.db().clear();
        signals = new JdbcSignalRepository(backend.database());
    }

    /** The same signal with a reasoning text longer than its column: the database refuses the last statement. */
    private static TradingSignal withOverlongReasoning(TradingSignal s) {
        Map<Category, String> reasoning = new EnumMap<>(s.reasoning());
        reasoning.put(Category.values()[0], "x".repeat(4001));
        return new TradingSignal(s.id(), s.profile(), s.symbol(), s.timeframe(), s.direction(), s.confidence(), s.entry(),
                s.stopLoss(), s.takeProfits(), reasoning, s.timestamp(), s.expiry(), s.status(), s.reason());
    }

    @Test
    void aRefusedFirstSaveLeavesNoRowBehind() {
        TradingSignal s = signal("tx-1", BTC, T0);

        assertThrows(StoreUnavailableException.class, () -> signals.save(withOverlongReasoning(s)));

        assertTrue(signals.find("tx-1").isEmpty());
        assertTrue(signals.recent(BTC, 10).isEmpty());
    }

    @Test
    void aRefusedLaterSaveKeepsTheSignalAsItWas() {
        TradingSignal s = signal("tx-2", BTC, T0);
        signals.save(s);

        assertThrows(StoreUnavailableException.class, () -> signals.save(withOverlongReasoning(s.withStatus(
                SignalStatus.REJECTED, "refused"))));

        assertSameSignal(s, signals.find("tx-2").orElseThrow());
    }

    @Test
    void aLifecycleMoveRewritesOnlyTheRowAndNewTargetsAreWrittenAgain() throws Exception {
        TradingSignal s = signal("tx-3", BTC, T0);
        signals.save(s);
        // Behind the repository's back: a move that rewrote the children would put the original text back.
        try (Connection c = backend.db().dataSource().getConnection(); Statement sql = c.createStatement()) {
            sql.executeUpdate("UPDATE trading_signal_reasons SET reasoning = 'untouched' WHERE signal_id = 'tx-3'");
        }

        signals.save(s.withStatus(SignalStatus.ACTIVE, "entry placed"));

        TradingSignal moved = signals.find("tx-3").orElseThrow();
        assertEquals(SignalStatus.ACTIVE, moved.status());
        assertTrue(moved.reasoning().values().stream().allMatch("untouched"::equals), moved.reasoning().toString());

        TradingSignal retargeted = new TradingSignal(s.id(), s.profile(), s.symbol(), s.timeframe(), s.direction(), s.confidence(),
                s.entry(), s.stopLoss(), List.of(new BigDecimal("123.45")), s.reasoning(), s.timestamp(), s.expiry(),
                SignalStatus.ACTIVE, "targets moved");
        signals.save(retargeted);

        assertSameSignal(retargeted, signals.find("tx-3").orElseThrow());
    }
}
