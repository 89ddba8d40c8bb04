package io.wavegrid.execution.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import io.wavegrid.trading.api.Balance;
import io.wavegrid.trading.api.RiskContext;

import org.junit.jupiter.api.Test;

class AccountViewTest {

    private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

    @Test
    void theRiskContextCarriesEightDecimalsAndWhatMayBeSpentIsNeverRoundedUp() {
        Ledger ledger = new Ledger("paper", "USDT");
        ledger.baseline(List.of(new Balance("USDT", new BigDecimal("1000.123456789999"), BigDecimal.ZERO),
                new Balance("BTC", new BigDecimal("0.000000001"), BigDecimal.ZERO)));
        ledger.mark(Harness.BTC, new BigDecimal("30000.5"));
        AccountView view = new AccountView("paper", ledger, new EquityWatch(), new TradeRegistry(),
                new EngineClock(Clock.fixed(T0, ZoneOffset.UTC)));

        RiskContext context = view.observedContext(new BigDecimal("30000.5"), null);

        // 1000.123456789999 + 0.000000001 x 30000.5 = 1000.123486790499
        assertEquals(new BigDecimal("1000.12348679"), context.equity());
        assertEquals(new BigDecimal("1000.12345678"), context.balance(), "down, not half-even (…679)");
        assertEquals(new BigDecimal("1000.12348679"), context.peakEquity());
        assertEquals(0, BigDecimal.ZERO.compareTo(context.dailyPnl()));
        assertEquals(new BigDecimal("100"), equityOfAPlainAccount());
    }

    /** A figure with fewer decimals keeps its own scale. */
    private static BigDecimal equityOfAPlainAccount() {
        Ledger plain = new Ledger("paper", "USDT");
        plain.baseline(List.of(new Balance("USDT", new BigDecimal("100"), BigDecimal.ZERO)));
        AccountView view = new AccountView("paper", plain, new EquityWatch(), new TradeRegistry(),
                new EngineClock(Clock.fixed(T0, ZoneOffset.UTC)));
        return view.observedContext(BigDecimal.ONE, null).equity();
    }
}
