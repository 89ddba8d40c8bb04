package io.wavegrid.execution.internal;

import static io.wavegrid.execution.internal.Harness.BTC;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import io.wavegrid.infra.api.AuditEntry;
import io.wavegrid.infra.api.HealthStatus;
import io.wavegrid.infra.memory.internal.MemorySignalRepository;
import io.wavegrid.signal.api.Direction;
import io.wavegrid.signal.api.SignalStatus;
import io.wavegrid.trading.api.Order;
import io.wavegrid.trading.api.OrderRequest;
import io.wavegrid.trading.api.OrderStatus;
import io.wavegrid.trading.api.OrderType;
import io.wavegrid.trading.api.Position;

import org.junit.jupiter.api.Test;

/**
 * A position opened before a restart keeps its engine-side take-profits and trailing stop: the order manager is
 * thrown away and built again on the same exchange and stores, with an empty signal book, and the next candles show
 * the take-profit firing and the stop trailing; a trade whose signal is gone is reported, never given invented prices.
 */
class RestartTest {

    private static final Settings TRAILING = Settings.defaults().withTrailingPercent(new BigDecimal("2"));

    private static void assertAmount(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), "expected " + expected + " but was " + actual.toPlainString());
    }

    /** A long of 59.94 BTC from 100, stop 95, targets 105 and 110, its stop trailed (2%) to 100.94 by a high of 103. */
    private static Harness protectedLong(Settings settings, boolean exchangeStops) {
        Harness h = new Harness(settings, exchangeStops);
        h.candle(100, 100, 100, 100, 1000);
        String id = h.signal(Direction.LONG, "100", "95", "105", "110");
        h.candle(100, 100, 100, 100, 1000);
        h.candle(100, 103, 100, 103, 1000);
        assertEquals(SignalStatus.EXECUTED, h.signals.status(id));
        return h;
    }

    private static String key() {
        return ClientOrderIds.tradeKey("trend", "sig-1");
    }

    private static List<String> openIds(Harness h) throws Exception {
        return h.openOnExchange().stream().map(Order::clientOrderId).toList();
    }

    private static List<AuditEntry> audited(Harness h, String action) {
        return h.audit.recent(10_000).stream().filter(e -> e.action().equals(action)).toList();
    }

    @Test
    void theTakeProfitFiresAndTheStopTrailsOnTheCandlesAfterARestart() throws Exception {
        Harness before = protectedLong(TRAILING, true);
        Order stopBefore = before.resting(OrderType.STOP_MARKET);
        assertEquals(key() + "-S.3", stopBefore.clientOrderId());
        assertAmount("100.94", stopBefore.request().stopPrice());

        Harness after = before.restarted(TRAILING, true, before.signalRecords);

        assertEquals(1, audited(after, "trade.restore").size(), after.audit.recent(20).toString());
        assertTrue(audited(after, "trade.unprotected").isEmpty());
        assertEquals(HealthStatus.State.UP, after.desk.health().state(), after.desk.health().detail());
        assertEquals(List.of(stopBefore.clientOrderId()), openIds(after), "the rebuild sends nothing while the stop rests");

        after.candle(103, 106, 103, 105, 1000); // target 105 traded; the new high pulls the stop to 103.88

        Order exit = after.resting(OrderType.MARKET);
        assertEquals(key() + "-T1.1", exit.clientOrderId());
        assertAmount("29.97", exit.request().quantity());
        Order stop = after.resting(OrderType.STOP_MARKET);
        assertEquals(key() + "-S.5", stop.clientOrderId(), "new attempts continue after the journaled S.3");
        assertAmount("103.88", stop.request().stopPrice());
        assertAmount("29.97", stop.request().quantity());
        assertEquals(OrderStatus.CANCELLED, after.journal.find(stopBefore.clientOrderId()).orElseThrow().order().status());

        after.candle(105, 105, 105, 105, 1000); // the exit fills at the open

        assertAmount("29.97", after.desk.positions().get(0).quantity());
        assertTrue(after.desk.reconcile().clean());
    }

    @Test
    void theTrailingStopMovesOnTheCandlesAfterARestart() throws Exception {
        Harness before = protectedLong(TRAILING, true);

        Harness after = before.restarted(TRAILING, true, before.signalRecords);
        after.candle(103, 104, 103, 104, 1000); // under the first target

        Order stop = after.resting(OrderType.STOP_MARKET);
        assertEquals(key() + "-S.4", stop.clientOrderId());
        assertAmount("101.92", stop.request().stopPrice());
        assertAmount("59.94", stop.request().quantity());
        assertEquals(1, after.openOnExchange().size(), openIds(after).toString());
    }

    @Test
    void aCrashBetweenCancellingTheStopAndPlacingTheNextIsRepairedAtTheLastLevel() throws Exception {
        Harness before = protectedLong(TRAILING, true);
        String cancelledId = key() + "-S.3";
        before.exchange.cancel(BTC, cancelledId); // journaled as cancelled; the process dies before S.4 is sent
        assertEquals(OrderStatus.CANCELLED, before.journal.find(cancelledId).orElseThrow().order().status());

        Harness after = before.restarted(TRAILING, true, before.signalRecords);

        Order stop = after.resting(OrderType.STOP_MARKET);
        assertEquals(key() + "-S.4", stop.clientOrderId());
        assertAmount("100.94", stop.request().stopPrice());
        assertAmount("59.94", stop.request().quantity());
    }

    @Test
    void aStopJournaledButNeverSentIsLeftToTheEngineOnceReconciliationClosesIt() throws Exception {
        Harness before = new Harness();
        before.candle(100, 100, 100, 100, 1000);
        before.signal(Direction.LONG, "100", "95", "110");
        before.exchange.script = new ScriptedExchange.PlaceScript() {
            @Override
            public void before(OrderRequest request) {
                if (request.clientOrderId().endsWith("-S.1")) {
                    throw new Error("process killed between journaling the stop and sending it");
                }
            }
        };
        assertThrows(Error.class, () -> before.candle(100, 100, 100, 100, 1000));
        before.exchange.script = new ScriptedExchange.PlaceScript() {
        };
        Settings noResend = new Settings("paper", false, OrderType.MARKET, 3, Duration.ofSeconds(60), BigDecimal.ZERO,
                Duration.ZERO, "USDT");

        Harness after = before.restarted(noResend, true, before.signalRecords);
        after.desk.reconcile();

        assertEquals(OrderStatus.REJECTED, after.journal.find(key() + "-S.1").orElseThrow().order().status());
        after.candle(97, 97, 94, 95, 1000); // the engine watches the stop now: crossed, it exits at market
        after.candle(95, 95, 95, 95, 1000);
        assertTrue(after.desk.positions().isEmpty(), after.desk.positions().toString());
    }

    @Test
    void aStopWatchedByTheEngineAndItsTakeProfitsAreRebuiltFromTheFills() throws Exception {
        Harness before = protectedLong(Settings.defaults(), false);
        assertTrue(before.openOnExchange().isEmpty(), "nothing rests: the engine watches the stop");

        Harness after = before.restarted(Settings.defaults(), false, before.signalRecords);
        after.candle(103, 106, 103, 105, 1000);
        after.candle(105, 105, 105, 105, 1000);

        assertTrue(after.journal.find(key() + "-T1.1").isPresent(), "the first take-profit was taken");
        assertAmount("29.97", after.desk.positions().get(0).quantity());

        after.candle(97, 97, 94, 95, 1000); // the stop 95 crossed: the engine exits the rest at market
        after.candle(95, 95, 95, 95, 1000);

        assertTrue(after.desk.positions().isEmpty(), after.desk.positions().toString());
        assertEquals(OrderStatus.FILLED, after.journal.find(key() + "-X.1").orElseThrow().order().status());
    }

    @Test
    void aTradeWhoseSignalIsGoneIsReportedAndKeepsOnlyItsRestingStop() throws Exception {
        Harness before = protectedLong(TRAILING, true);
        String stopId = key() + "-S.3";

        Harness after = before.restarted(TRAILING, true, new MemorySignalRepository());

        List<AuditEntry> reported = audited(after, "trade.unprotected");
        assertEquals(1, reported.size(), after.audit.recent(20).toString());
        assertEquals(key() + "-E.1", reported.get(0).target());
        assertTrue(reported.get(0).detail().contains("signal is gone") && reported.get(0).detail().contains(stopId + " at 100.94"),
                reported.get(0).detail());
        HealthStatus health = after.desk.health();
        assertEquals(HealthStatus.State.DEGRADED, health.state());
        assertTrue(health.detail().contains(key() + "-E.1") && health.detail().contains("signal is gone"), health.detail());

        after.candle(103, 106, 103, 105, 1000);

        assertTrue(after.journal.find(key() + "-T1.1").isEmpty(), "no take-profit without its signal's prices");
        assertEquals(List.of(stopId), openIds(after), "the resting stop stays, untrailed");

        after.candle(105, 105, 100, 100, 1000); // the stop triggers and the position is closed

        assertTrue(after.desk.positions().isEmpty(), after.desk.positions().toString());
        assertEquals(HealthStatus.State.UP, after.desk.health().state(), "the report ends with the position");
    }

    @Test
    void aWorkingLimitEntryIsProtectedWhenItFillsAfterARestart() throws Exception {
        Settings limit = Settings.defaults().withEntryType(OrderType.LIMIT);
        Harness before = new Harness(limit, true);
        before.candle(100, 100, 100, 100, 1000);
        before.signal(Direction.LONG, "98", "95", "110");
        before.candle(100, 101, 99, 100, 1000); // the limit at 98 does not trade

        Harness after = before.restarted(limit, true, before.signalRecords);
        after.candle(99, 99, 97, 98, 1000);

        Order stop = after.resting(OrderType.STOP_MARKET);
        assertEquals(key() + "-S.1", stop.clientOrderId());
        assertAmount("95", stop.request().stopPrice());
    }

    @Test
    void theRestOfAnEntryFillingWhenTheProcessRestartedIsCancelledAtItsSignalsExpiry() throws Exception {
        Harness before = new Harness();
        before.candle(100, 100, 100, 100, 1000);
        before.signalExpiring(2, Direction.LONG, "100", "95"); // 60 BTC; the bars below offer 20 each
        before.candle(100, 100, 100, 100, 20);
        String entryId = before.exchange.placeCalls.get(0);

        Harness after = before.restarted(Settings.defaults(), true, before.signalRecords);
        after.candle(100, 100, 100, 100, 20); // 40 bought by the expiry: the rest is cancelled, what was bought protected

        Order entry = after.journal.find(entryId).orElseThrow().order();
        assertEquals(OrderStatus.CANCELLED, entry.status());
        assertAmount("40", entry.filledQuantity());
        Order stop = after.resting(OrderType.STOP_MARKET);
        assertAmount("39.96", stop.request().quantity()); // 40 less the fee paid in BTC
        assertEquals(1, after.openOnExchange().size(), after.openOnExchange().toString());
    }

    @Test
    void aTradeThatEndedBeforeTheRestartIsNotRebuiltNorReported() throws Exception {
        Harness before = protectedLong(Settings.defaults(), true);
        before.candle(103, 111, 103, 110, 1000); // both targets in one bar: everything exits
        before.candle(110, 110, 110, 110, 1000);
        assertTrue(before.desk.positions().isEmpty());

        Harness after = before.restarted(Settings.defaults(), true, before.signalRecords);

        assertTrue(audited(after, "trade.restore").isEmpty());
        assertTrue(audited(after, "trade.unprotected").isEmpty());
        assertEquals(HealthStatus.State.UP, after.desk.health().state());
        assertTrue(after.openOnExchange().isEmpty());
    }

    @Test
    void aPositionNoTradeAccountsForIsReportedUnlessItIsDust() throws Exception {
        Harness dusty = protectedLong(Settings.defaults(), true);
        dusty.candle(103, 111, 103, 110, 1000); // both targets: the trade ends flat
        dusty.candle(110, 110, 110, 110, 1000);
        dusty.positions.save(new Position("paper", BTC, new BigDecimal("0.00004"), new BigDecimal("100"), BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO)); // a fee's remainder: 0.004 USDT, under the minimum notional of 5

        Harness afterDust = dusty.restarted(Settings.defaults(), true, dusty.signalRecords);

        assertTrue(audited(afterDust, "trade.unprotected").isEmpty(), afterDust.audit.recent(5).toString());
        assertEquals(HealthStatus.State.UP, afterDust.desk.health().state());

        afterDust.positions.save(new Position("paper", BTC, new BigDecimal("1"), new BigDecimal("100"), BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO)); // bought by hand on the same account

        Harness afterManual = afterDust.restarted(Settings.defaults(), true, dusty.signalRecords);

        List<AuditEntry> reported = audited(afterManual, "trade.unprotected");
        assertEquals(1, reported.size(), reported.toString());
        assertEquals("BTCUSDT", reported.get(0).target());
        assertTrue(reported.get(0).detail().contains("1 of the position 1 belongs to no trade")
                && reported.get(0).detail().contains("the engine manages no stop"), reported.get(0).detail());
        assertEquals(HealthStatus.State.DEGRADED, afterManual.desk.health().state());
    }

    @Test
    void whileTheStoresAreStillSwitchingNoTradeIsRebuiltNorReportedAsLost() throws Exception {
        Harness before = protectedLong(TRAILING, true);
        before.desk.stop();
        Desk switching = new Desk(TRAILING, new Desk.Services(before.exchange, new ExchangeTraits("paper", true, true, true),
                before.risk, new TestSignals(new MemorySignalRepository()), new MemorySignalRepository(), before.journal,
                before.executions, before.positions, before.audit, "the stores are still switching backends {journal=database, "
                + "signals=memory}"), java.time.Clock.systemUTC(), before.pauses::add);

        switching.start();

        assertTrue(audited(before, "trade.unprotected").isEmpty());
        assertTrue(audited(before, "trade.restore").isEmpty());
        assertEquals(HealthStatus.State.DEGRADED, switching.health().state());
        assertTrue(switching.health().detail().contains("not rebuilt yet"), switching.health().detail());
    }

    @Test
    void anEmergencyStopInForceBeforeTheRestartStillHaltsTheOrderManager() throws Exception {
        Harness before = protectedLong(Settings.defaults(), true);
        before.desk.emergencyShutdown(false, "alice");

        Harness after = before.restarted(Settings.defaults(), true, before.signalRecords);

        assertTrue(after.desk.emergencyStopped());
        assertEquals(HealthStatus.State.DEGRADED, after.desk.health().state());
        String id = after.signal(Direction.LONG, "103", "99");
        assertEquals(SignalStatus.REJECTED, after.signals.status(id));
        assertFalse(after.exchange.placeCalls.stream().anyMatch(o -> o.endsWith("-E.1")), after.exchange.placeCalls.toString());
    }

    @Test
    void aRiskManagersEmergencyStopIsShownAndReArmedThroughTheOrderManager() {
        Harness h = new Harness();
        h.risk.emergency = true; // e.g. its stored state, restored after this order manager started

        assertTrue(h.desk.emergencyStopped(), "operators re-arm through the order manager, so it must say so");
        assertEquals(HealthStatus.State.DEGRADED, h.desk.health().state());
        assertTrue(h.desk.health().detail().contains("risk manager's emergency stop"), h.desk.health().detail());

        h.desk.rearm("alice");

        assertFalse(h.desk.emergencyStopped());
        assertEquals(HealthStatus.State.UP, h.desk.health().state());
    }

    @Test
    void whileTheRiskManagersEmergencyStopHoldsTheRestingStopIsNeitherTrailedNorCancelled() throws Exception {
        Harness before = protectedLong(TRAILING, true);
        before.risk.emergency = true; // pulled at the risk manager only: the order manager's orders stay

        Harness after = before.restarted(TRAILING, true, before.signalRecords);
        after.candle(103, 106, 103, 105, 1000); // would take profit and trail

        assertEquals(List.of(key() + "-S.3"), openIds(after));
        assertTrue(after.journal.find(key() + "-T1.1").isEmpty());

        after.desk.rearm("alice");
        after.candle(105, 107, 105, 106, 1000);

        assertTrue(after.journal.find(key() + "-T1.1").isPresent(), "management goes on once re-armed");
    }
}
