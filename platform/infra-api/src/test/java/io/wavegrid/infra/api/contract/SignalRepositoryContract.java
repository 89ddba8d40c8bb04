package io.wavegrid.infra.api.contract;

import static io.wavegrid.infra.api.contract.Fixtures.BTC;
import static io.wavegrid.infra.api.contract.Fixtures.ETH;
import static io.wavegrid.infra.api.contract.Fixtures.T0;
import static io.wavegrid.infra.api.contract.Fixtures.assertSameSignal;
import static io.wavegrid.infra.api.contract.Fixtures.signal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import io.wavegrid.infra.api.SignalRepository;
import io.wavegrid.signal.api.SignalStatus;
import io.wavegrid.signal.api.TradingSignal;

import org.junit.jupiter.api.Test;

/** What every {@link SignalRepository} must do; each test gets an empty repository. */
public abstract class SignalRepositoryContract {

    protected abstract SignalRepository signals();

    @Test
    void savedSignalIsFoundWithItsLevelsAndReasoning() {
        TradingSignal s = signal("sig-1", BTC, T0);
        signals().save(s);

        assertSameSignal(s, signals().find("sig-1").orElseThrow());
        assertTrue(signals().find("sig-404").isEmpty());
    }

    @Test
    void savingAgainRecordsTheNewStatus() {
        TradingSignal s = signal("sig-2", BTC, T0);
        signals().save(s);
        TradingSignal rejected = s.withStatus(SignalStatus.REJECTED, "max exposure reached");
        signals().save(rejected);

        assertSameSignal(rejected, signals().find("sig-2").orElseThrow());
        assertEquals(1, signals().recent(BTC, 10).size());
    }

    @Test
    void recentSignalsAreTheSymbolsNewestFirst() {
        for (int i = 0; i < 5; i++) {
            signals().save(signal("btc-" + i, BTC, T0.plusSeconds(60L * i)));
        }
        signals().save(signal("eth-0", ETH, T0.plusSeconds(1000)));

        List<TradingSignal> newest = signals().recent(BTC, 3);
        assertEquals(List.of("btc-4", "btc-3", "btc-2"), newest.stream().map(TradingSignal::id).toList());
        assertSameSignal(signal("btc-4", BTC, T0.plusSeconds(240)), newest.get(0));
        assertEquals(List.of("eth-0"), signals().recent(ETH, 10).stream().map(TradingSignal::id).toList());
    }
}
