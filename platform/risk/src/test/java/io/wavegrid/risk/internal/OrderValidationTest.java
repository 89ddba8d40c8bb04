package io.wavegrid.risk.internal;

import static io.wavegrid.risk.internal.Fixtures.BTC;
import static io.wavegrid.risk.internal.Fixtures.account;
import static io.wavegrid.risk.internal.Fixtures.d;
import static io.wavegrid.risk.internal.Fixtures.limit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import io.wavegrid.infra.api.AuditEntry;
import io.wavegrid.market.api.Side;
import io.wavegrid.trading.api.OrderRequest;
import io.wavegrid.trading.api.OrderType;
import io.wavegrid.trading.api.RiskContext;
import io.wavegrid.trading.api.RiskDecision;
import io.wavegrid.trading.api.RiskDecision.Verdict;
import io.wavegrid.trading.api.RiskRule;

import org.junit.jupiter.api.Test;

class OrderValidationTest {

    private final Fixtures f = new Fixtures();

    @Test
    void acceptsAnEntryWithinEveryLimit() {
        RiskDecision decision = f.risk.validate(limit(Side.BUY, "10", "100"), false, account("10000", "0"));

        assertEquals(Verdict.ACCEPT, decision.verdict());
        assertEquals(0, d("10").compareTo(decision.quantity()));
    }

    @Test
    void roundsAnOffStepQuantityDown() {
        RiskDecision decision = f.risk.validate(limit(Side.BUY, "10.0007", "100"), false, account("10000", "0"));

        assertEquals(Verdict.RESIZE, decision.verdict());
        assertEquals("step", decision.rule());
        assertEquals(0, d("10").compareTo(decision.quantity()));
    }

    @Test
    void rejectsAnOffTickPrice() {
        RiskDecision decision = f.risk.validate(limit(Side.BUY, "10", "100.005"), false, account("10000", "0"));

        assertEquals(Verdict.REJECT, decision.verdict());
        assertEquals("tick", decision.rule());
    }

    @Test
    void rejectsAnEntryUnderTheMinimumNotional() {
        RiskDecision decision = f.risk.validate(limit(Side.BUY, "0.05", "100"), false, account("10000", "0"));

        assertEquals("min.notional", decision.rule());
    }

    @Test
    void holdsEntriesBuiltElsewhereToTheAccountLimits() {
        RiskDecision affordable = f.risk.validate(limit(Side.BUY, "200", "100"), false, account("10000", "0"));
        RiskDecision exposure = f.risk.validate(limit(Side.SELL, "200", "100"), false, account("10000", "45000"));

        assertEquals("affordability", affordable.rule());
        assertEquals(0, d("99.9").compareTo(affordable.quantity()));
        assertEquals("exposure", exposure.rule());
        assertEquals(0, d("50").compareTo(exposure.quantity()));
    }

    @Test
    void valuesAMarketOrderAtTheReferencePrice() {
        OrderRequest market = new OrderRequest("m-1", BTC, Side.SELL, OrderType.MARKET, d("200"), null, null, null);
        RiskContext priced = new RiskContext(d("10000"), d("10000"), d("10000"), d("45000"), BigDecimal.ZERO, d("100"),
                Fixtures.rules(), List.of(), Fixtures.NOON);

        assertEquals(0, d("50").compareTo(f.risk.validate(market, false, priced).quantity()));
        RiskDecision unpriced = f.risk.validate(market, false, account("10000", "0"));
        assertEquals(Verdict.REJECT, unpriced.verdict());
        assertTrue(unpriced.reason().contains("reference price"), unpriced.reason());
    }

    @Test
    void rulesJudgeTheOrderAsItWouldBeSentAndTheSmallestResizeWins() {
        List<BigDecimal> seen = new ArrayList<>();
        f.risk.addRule(rule("a-half", (order, ctx) -> {
            seen.add(order.quantity());
            return RiskDecision.resize("a-half", order.quantity().divide(d("2")), "half");
        }));
        f.risk.addRule(rule("b-third", (order, ctx) -> RiskDecision.resize("b-third", d("16.6666"), "a third")));
        f.risk.addRule(rule("c-fine", (order, ctx) -> RiskDecision.accept("c-fine", order.quantity())));

        RiskDecision decision = f.risk.validate(limit(Side.SELL, "200", "100"), false, account("10000", "45000"));

        assertEquals(List.of(d("50")), seen, "the rule sees the quantity after the exposure check");
        assertEquals(Verdict.RESIZE, decision.verdict());
        assertEquals(0, d("16.666").compareTo(decision.quantity()), "smallest, rounded down to the step");
        assertEquals("exposure,b-third", decision.rule());
    }

    @Test
    void theFirstRejectionWins() {
        f.risk.addRule(rule("a-resize", (order, ctx) -> RiskDecision.resize("a-resize", d("1"), "smaller")));
        f.risk.addRule(rule("b-no", (order, ctx) -> RiskDecision.reject("b-no", "not today")));
        f.risk.addRule(rule("c-no", (order, ctx) -> RiskDecision.reject("c-no", "never")));

        RiskDecision decision = f.risk.validate(limit(Side.BUY, "10", "100"), false, account("10000", "0"));

        assertEquals(Verdict.REJECT, decision.verdict());
        assertEquals("b-no", decision.rule());
        assertEquals("not today", decision.reason());
    }

    @Test
    void aThrowingRuleRejectsWithItsMessageAndNeverCrashesTheCaller() {
        f.risk.addRule(rule("broken", (order, ctx) -> {
            throw new IllegalStateException("price feed gone");
        }));

        RiskDecision entry = f.risk.validate(limit(Side.BUY, "10", "100"), false, account("10000", "0"));
        RiskDecision exit = f.risk.validate(limit(Side.SELL, "10", "100"), true, account("10000", "0"));

        for (RiskDecision decision : List.of(entry, exit)) {
            assertEquals(Verdict.REJECT, decision.verdict());
            assertEquals("broken", decision.rule());
            assertTrue(decision.reason().contains("price feed gone"), decision.reason());
        }
    }

    @Test
    void aRuleAnsweringNothingOrZeroRejects() {
        f.risk.addRule(rule("silent", (order, ctx) -> null));
        assertEquals(Verdict.REJECT, f.risk.validate(limit(Side.BUY, "10", "100"), false, account("10000", "0")).verdict());

        Fixtures other = new Fixtures();
        other.risk.addRule(rule("zero", (order, ctx) -> RiskDecision.resize("zero", BigDecimal.ZERO, "nothing")));
        assertEquals(Verdict.REJECT, other.risk.validate(limit(Side.BUY, "10", "100"), false, account("10000", "0")).verdict());
    }

    @Test
    void aRemovedRuleNoLongerJudges() {
        RiskRule no = rule("no", (order, ctx) -> RiskDecision.reject("no", "no"));
        f.risk.addRule(no);
        f.risk.removeRule(no);

        assertEquals(Verdict.ACCEPT, f.risk.validate(limit(Side.BUY, "10", "100"), false, account("10000", "0")).verdict());
    }

    @Test
    void reducingOrdersSkipTheEntryLimitsButNotTheRules() {
        RiskDecision overExposed = f.risk.validate(limit(Side.SELL, "200", "100"), true, account("10000", "60000"));
        assertEquals(Verdict.ACCEPT, overExposed.verdict());

        f.risk.addRule(rule("no-exits", (order, ctx) -> RiskDecision.reject("no-exits", "closed market")));
        assertEquals("no-exits", f.risk.validate(limit(Side.SELL, "1", "100"), true, account("10000", "0")).rule());
    }

    @Test
    void badInputIsAClearRejection() {
        RiskDecision noOrder = f.risk.validate(null, false, account("10000", "0"));
        RiskDecision noContext = f.risk.validate(limit(Side.BUY, "10", "100"), false, null);
        RiskDecision noBalance = f.risk.validate(limit(Side.BUY, "10", "100"), false, account("0", "0"));

        assertTrue(noOrder.reason().contains("no order"), noOrder.reason());
        assertTrue(noContext.reason().contains("no risk context"), noContext.reason());
        assertTrue(noBalance.reason().contains("balance must be positive"), noBalance.reason());
        assertEquals(3, f.entries(RiskAudit.VALIDATE).size());
    }

    @Test
    void everyValidationIsAuditedUnderTheClientOrderId() {
        f.risk.validate(limit(Side.BUY, "200", "100"), false, account("10000", "0"));

        AuditEntry entry = f.last(RiskAudit.VALIDATE);
        assertEquals("cfl-sig-1-0", entry.target());
        assertEquals(RiskAudit.SYSTEM, entry.actor());
        for (String expected : List.of("\"requested\":200", "\"price\":100", "\"balance\":10000", "\"reducesPosition\":false",
                "\"verdict\":\"RESIZE\"", "\"quantity\":99.9", "\"rule\":\"affordability\"", "\"state\":\"ACTIVE\"")) {
            assertTrue(entry.detail().contains(expected), expected + " in " + entry.detail());
        }
    }

    @Test
    void anOrderWithinEveryLimitIsPassedThroughUnchanged() {
        OrderRequest order = limit(Side.BUY, "10", "100");
        assertSame(order, EntryOrderCheck.withQuantity(order, d("10.000")));
    }

    interface Judge {
        RiskDecision evaluate(OrderRequest order, RiskContext context);
    }

    static RiskRule rule(String name, Judge judge) {
        return new RiskRule() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public RiskDecision evaluate(OrderRequest order, RiskContext context) {
                return judge.evaluate(order, context);
            }
        };
    }
}
