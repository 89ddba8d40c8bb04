package io.wavegrid.execution.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import io.wavegrid.market.api.Side;
import io.wavegrid.trading.api.Balance;
import io.wavegrid.trading.api.Fill;
import io.wavegrid.trading.api.Position;

import org.junit.jupiter.api.Test;

/** Positions, P&amp;L, fees and balances from fills; figures worked out by hand in the comments. */
class LedgerTest {

    private final Ledger ledger = new Ledger("paper", "USDT");
    private int trades;

    private Fill fill(Side side, String qty, String price, String fee, String feeAsset) {
        return new Fill("t" + ++trades, "wgAAAAAAAAAAAAAAAAAAAA-E.1", "x", Harness.BTC, side, new BigDecimal(price),
                new BigDecimal(qty), new BigDecimal(fee), feeAsset, false, Instant.EPOCH);
    }

    private static void assertAmount(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), "expected " + expected + " but was " + actual.toPlainString());
    }

    @Test
    void partialFillsAverageTheEntryAndAReductionRealisesAgainstIt() {
        ledger.baseline(List.of(new Balance("USDT", new BigDecimal("1000"), BigDecimal.ZERO)));
        ledger.apply(fill(Side.BUY, "1", "100", "0", "BTC"));
        ledger.apply(fill(Side.BUY, "1", "110", "0", "BTC"));

        Position after = ledger.apply(fill(Side.SELL, "0.5", "120", "0.06", "USDT"));
        ledger.mark(Harness.BTC, new BigDecimal("100"));
        Position marked = ledger.position(Harness.BTC).orElseThrow();

        assertAmount("105", after.averageEntry()); // (100 + 110) / 2
        assertAmount("1.5", after.quantity());
        assertAmount("7.5", after.realizedPnl()); // (120 - 105) x 0.5
        assertAmount("0.06", after.fees());
        assertAmount("-7.5", marked.unrealizedPnl()); // (100 - 105) x 1.5
        assertAmount("849.94", ledger.balance("USDT")); // 1000 - 100 - 110 + 60 - 0.06
        assertAmount("999.94", ledger.equity()); // 849.94 + 1.5 x 100
    }

    @Test
    void aFeeInTheBoughtAssetLowersTheQuantityHeldAndCountsInQuote() {
        Position p = ledger.apply(fill(Side.BUY, "2", "50", "0.002", "BTC"));

        assertAmount("1.998", p.quantity());
        assertAmount("50", p.averageEntry());
        assertAmount("0.1", p.fees()); // 0.002 BTC at 50
        assertAmount("1.998", ledger.balance("BTC"));
        assertAmount("-100", ledger.balance("USDT"));
    }

    @Test
    void aSellBeyondTheLongFlipsItAndOpensTheRestAtTheFillPrice() {
        ledger.apply(fill(Side.BUY, "1", "100", "0", "BTC"));

        Position flipped = ledger.apply(fill(Side.SELL, "3", "90", "0", "USDT"));

        assertAmount("-2", flipped.quantity());
        assertAmount("90", flipped.averageEntry());
        assertAmount("-10", flipped.realizedPnl());
        Position closed = ledger.apply(fill(Side.BUY, "2", "80", "0", "USDT"));
        assertAmount("0", closed.quantity());
        assertAmount("10", closed.realizedPnl()); // -10 + (90 - 80) x 2
        assertTrue(ledger.positions().isEmpty());
    }

    @Test
    void restoredPositionsCarryOnAndTheBaselineIsTakenOnce() {
        ledger.restore(List.of(new Position("paper", Harness.BTC, new BigDecimal("2"), new BigDecimal("100"), new BigDecimal("5"),
                BigDecimal.ZERO, new BigDecimal("0.2"))));
        assertTrue(ledger.baseline(List.of(new Balance("USDT", BigDecimal.TEN, BigDecimal.ONE))));
        assertTrue(!ledger.baseline(List.of(new Balance("USDT", BigDecimal.ONE, BigDecimal.ZERO))));

        Position p = ledger.apply(fill(Side.SELL, "1", "110", "0.11", "USDT"));

        assertAmount("15", p.realizedPnl());
        assertAmount("0.31", p.fees());
        assertAmount("120.89", ledger.balance("USDT")); // 10 free + 1 locked + 110 - 0.11
    }
}
