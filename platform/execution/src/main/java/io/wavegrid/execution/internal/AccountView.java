package io.wavegrid.execution.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

import io.wavegrid.market.api.Side;
import io.wavegrid.trading.api.AccountSnapshot;
import io.wavegrid.trading.api.InstrumentRules;
import io.wavegrid.trading.api.RiskContext;

/**
 * The account as the risk manager sees it: balance available for entries, equity, its peak, exposure (positions
 * plus working entries) and the P&amp;L since 00:00 UTC of the engine's clock.
 * <p>
 * The figures are rounded to {@value #DECIMALS} decimals, the precision exchanges keep balances in. The ledger's
 * exact values carry the scales of averages and fees (17 decimals and more), which makes every comparison of the
 * risk manager, at every candle, arithmetic on big integers instead of longs.
 */
final class AccountView {

    static final int DECIMALS = 8;

    private final String account;
    private final Ledger ledger;
    private final EquityWatch watch;
    private final TradeRegistry trades;
    private final EngineClock clock;

    AccountView(String account, Ledger ledger, EquityWatch watch, TradeRegistry trades, EngineClock clock) {
        this.account = account;
        this.ledger = ledger;
        this.watch = watch;
        this.trades = trades;
        this.clock = clock;
    }

    /**
     * The context at a candle close, after the marks: first moves the peak and, on a new UTC day, the day's
     * start, with the same equity the context then carries.
     */
    RiskContext observedContext(BigDecimal referencePrice, InstrumentRules rules) {
        BigDecimal equity = rounded(ledger.equity());
        watch.observe(equity, clock.now());
        return context(equity, referencePrice, rules);
    }

    RiskContext context(BigDecimal referencePrice, InstrumentRules rules) {
        return context(rounded(ledger.equity()), referencePrice, rules);
    }

    private RiskContext context(BigDecimal equity, BigDecimal referencePrice, InstrumentRules rules) {
        return new RiskContext(available(), equity, watch.peak(equity), exposure(), watch.dailyPnl(equity), referencePrice,
                rules, ledger.positions(), clock.now());
    }

    AccountSnapshot snapshot() {
        BigDecimal equity = rounded(ledger.equity());
        return new AccountSnapshot(account, available(), equity, watch.peak(equity), exposure(), watch.dailyPnl(equity),
                ledger.positions(), clock.now());
    }

    /** Quote asset tracked from fills, minus what the working buy entries will spend. */
    private BigDecimal available() {
        BigDecimal reserved = BigDecimal.ZERO;
        for (Trade t : trades.live()) {
            if (t.intent.side() == Side.BUY && !t.closesPosition) {
                reserved = reserved.add(t.entryRemaining().multiply(t.intent.entry()));
            }
        }
        // Down: what may be spent is never rounded above what is there.
        return rounded(ledger.balance(ledger.quote()).subtract(reserved).max(BigDecimal.ZERO), RoundingMode.DOWN);
    }

    private BigDecimal exposure() {
        BigDecimal exposure = ledger.positionExposure();
        for (Trade t : trades.live()) {
            if (!t.closesPosition) {
                exposure = exposure.add(t.entryRemaining().multiply(t.intent.entry()));
            }
        }
        return rounded(exposure);
    }

    private static BigDecimal rounded(BigDecimal value) {
        return rounded(value, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal rounded(BigDecimal value, RoundingMode mode) {
        return value.scale() > DECIMALS ? value.setScale(DECIMALS, mode) : value;
    }
}
