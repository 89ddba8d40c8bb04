package io.wavegrid.risk.internal;

import static io.wavegrid.risk.internal.Fixtures.account;
import static io.wavegrid.risk.internal.Fixtures.d;
import static io.wavegrid.risk.internal.Fixtures.intent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import io.wavegrid.infra.api.AuditEntry;
import io.wavegrid.market.api.Side;
import io.wavegrid.trading.api.InstrumentRules;
import io.wavegrid.trading.api.RiskContext;
import io.wavegrid.trading.api.RiskDecision;
import io.wavegrid.trading.api.RiskDecision.Verdict;

import org.junit.jupiter.api.Test;

class EntrySizingTest {

    private final Fixtures f = new Fixtures();

    @Test
    void sizesRiskAmountOverStopDistanceRoundedDownToTheStep() {
        // 3% of 10000 = 300 at risk; stop 7 away: 42.857142... units, rounded down to the step 0.001.
        RiskDecision decision = f.risk.sizeEntry(intent(Side.BUY, "100", "93"), account("10000", "0"));

        assertEquals(Verdict.ACCEPT, decision.verdict());
        assertEquals(0, d("42.857").compareTo(decision.quantity()));
    }

    @Test
    void roundsDownNeverUpWithACoarserStep() {
        InstrumentRules coarse = new InstrumentRules(Fixtures.BTC, d("0.01"), d("0.05"), d("0.05"), d("10"), true);
        RiskDecision decision = f.risk.sizeEntry(intent(Side.BUY, "100", "93"), account("10000", "0", coarse));

        assertEquals(0, d("42.85").compareTo(decision.quantity()), decision.toString());
    }

    @Test
    void maxRiskPerTradeScalesTheSize() {
        f.risk.setLimits(f.risk.limits().with(Map.of("max.risk.per.trade", "0.01")), "tester");

        RiskDecision decision = f.risk.sizeEntry(intent(Side.SELL, "100", "105"), account("10000", "0"));

        assertEquals(0, d("20").compareTo(decision.quantity()), "1% of 10000 over a 5 stop");
    }

    @Test
    void rejectsUnderTheMinimumNotional() {
        // 3% of 100 = 3 over a stop 50 away: 0.06 units worth 6, under the minimum notional of 10.
        RiskDecision decision = f.risk.sizeEntry(intent(Side.BUY, "100", "50"), account("100", "0"));

        assertEquals(Verdict.REJECT, decision.verdict());
        assertEquals("min.notional", decision.rule());
        assertTrue(decision.reason().contains("under the minimum 10"), decision.reason());
    }

    @Test
    void rejectsUnderTheMinimumQuantity() {
        InstrumentRules bigLots = new InstrumentRules(Fixtures.BTC, d("0.01"), d("0.001"), d("0.1"), d("1"), true);
        RiskDecision decision = f.risk.sizeEntry(intent(Side.BUY, "100", "50"), account("100", "0", bigLots));

        assertEquals(Verdict.REJECT, decision.verdict());
        assertEquals("min.quantity", decision.rule());
    }

    @Test
    void resizesABuyToWhatTheBalancePaysWithTheFeeReserve() {
        // 300 at risk over a 0.5 stop wants 600 units (60000); 10000 / (100 x 1.001) = 99.9000... -> 99.9.
        RiskDecision decision = f.risk.sizeEntry(intent(Side.BUY, "100", "99.5"), account("10000", "0"));

        assertEquals(Verdict.RESIZE, decision.verdict());
        assertEquals("affordability", decision.rule());
        assertEquals(0, d("99.9").compareTo(decision.quantity()), decision.toString());
        assertTrue(decision.reason().contains("resized from 600 to 99.9"), decision.reason());
    }

    @Test
    void theFeeReserveIsConfigurable() {
        Fixtures noFees = new Fixtures(Map.of("fee.reserve", "0"));

        RiskDecision decision = noFees.risk.sizeEntry(intent(Side.BUY, "100", "99.5"), account("10000", "0"));

        assertEquals(0, d("100").compareTo(decision.quantity()), decision.toString());
    }

    @Test
    void aSellIsNotLimitedByTheQuoteBalanceButByExposure() {
        // 600 units (60000) wanted; exposure 45000 of 50000 leaves 5000 of headroom: 50 units.
        RiskDecision decision = f.risk.sizeEntry(intent(Side.SELL, "100", "100.5"), account("10000", "45000"));

        assertEquals(Verdict.RESIZE, decision.verdict());
        assertEquals("exposure", decision.rule());
        assertEquals(0, d("50").compareTo(decision.quantity()));
    }

    @Test
    void everyLoweringIsNamed() {
        RiskDecision decision = f.risk.sizeEntry(intent(Side.BUY, "100", "99.5"), account("10000", "45000"));

        assertEquals(Verdict.RESIZE, decision.verdict());
        assertEquals("affordability,exposure", decision.rule());
        assertEquals(0, d("50").compareTo(decision.quantity()));
    }

    @Test
    void rejectsWhenExposureIsAtTheLimit() {
        RiskDecision decision = f.risk.sizeEntry(intent(Side.SELL, "100", "105"), account("10000", "50000"));

        assertEquals(Verdict.REJECT, decision.verdict());
        assertEquals("exposure", decision.rule());
    }

    @Test
    void rejectsWhenTheHeadroomIsUnderTheMinimums() {
        RiskDecision decision = f.risk.sizeEntry(intent(Side.SELL, "100", "105"), account("10000", "49999.95"));

        assertEquals(Verdict.REJECT, decision.verdict());
        assertEquals("min.quantity", decision.rule());
        assertTrue(decision.reason().contains("after the exposure check"), decision.reason());
    }

    @Test
    void rejectsASymbolThatIsNotTrading() {
        InstrumentRules halted = new InstrumentRules(Fixtures.BTC, d("0.01"), d("0.001"), d("0.001"), d("10"), false);
        RiskDecision decision = f.risk.sizeEntry(intent(Side.BUY, "100", "93"), account("10000", "0", halted));

        assertEquals(Verdict.REJECT, decision.verdict());
        assertTrue(decision.reason().contains("not trading"), decision.reason());
    }

    @Test
    void badInputIsAClearRejectionNeverAnException() {
        RiskContext noRules = new RiskContext(d("10000"), d("10000"), d("10000"), d("0"), BigDecimal.ZERO, null, null,
                List.of(), Fixtures.NOON);
        InstrumentRules otherSymbol = new InstrumentRules(new io.wavegrid.market.api.Symbol("ETH", "USDT"), d("0.01"),
                d("0.001"), d("0.001"), d("10"), true);
        InstrumentRules noStep = new InstrumentRules(Fixtures.BTC, d("0.01"), null, d("0.001"), d("10"), true);
        assertRejected(f.risk.sizeEntry(null, account("10000", "0")), "no trade intent");
        assertRejected(f.risk.sizeEntry(intent(Side.BUY, "100", "93"), null), "no risk context");
        assertRejected(f.risk.sizeEntry(intent(Side.BUY, "100", "93"), account("0", "0")), "balance must be positive");
        assertRejected(f.risk.sizeEntry(intent(Side.BUY, "100", "93"), account("-5", "0")), "balance must be positive");
        assertRejected(f.risk.sizeEntry(intent(Side.BUY, "100", "93"), account("10000", "-1")), "exposure must not be negative");
        assertRejected(f.risk.sizeEntry(intent(Side.BUY, "100", "93"), noRules), "no instrument rules");
        assertRejected(f.risk.sizeEntry(intent(Side.BUY, "100", "93"), account("10000", "0", otherSymbol)), "are for ETHUSDT");
        assertRejected(f.risk.sizeEntry(intent(Side.BUY, "100", "93"), account("10000", "0", noStep)), "no positive step size");
        assertEquals(8, f.entries(RiskAudit.SIZE).size(), "every rejection is audited too");
    }

    @Test
    void everyDecisionIsAuditedWithItsInputs() {
        f.risk.sizeEntry(intent(Side.BUY, "100", "99.5"), account("10000", "0"));

        AuditEntry entry = f.last(RiskAudit.SIZE);
        assertEquals("sig-1", entry.target());
        assertEquals(Fixtures.NOON, entry.time(), "decisions carry the engine's time");
        for (String expected : List.of("\"balance\":10000", "\"exposure\":0", "\"stopDistance\":0.5", "\"riskAmount\":300.00",
                "\"formulaQuantity\":600", "\"verdict\":\"RESIZE\"", "\"quantity\":99.9", "\"rule\":\"affordability\"",
                "\"reason\":\"buying 600")) {
            assertTrue(entry.detail().contains(expected), expected + " in " + entry.detail());
        }
    }

    private static void assertRejected(RiskDecision decision, String reasonPart) {
        assertEquals(Verdict.REJECT, decision.verdict(), decision.toString());
        assertEquals(0, decision.quantity().signum());
        assertTrue(decision.reason().contains(reasonPart), reasonPart + " in " + decision.reason());
    }
}
