package io.wavegrid.execution.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneOffset;

import io.wavegrid.execution.internal.ClientOrderIds.Role;
import io.wavegrid.market.api.Side;
import io.wavegrid.signal.api.Direction;
import io.wavegrid.signal.api.TradingSignal;
import io.wavegrid.trading.api.Order;
import io.wavegrid.trading.api.OrderRequest;
import io.wavegrid.trading.api.OrderStatus;
import io.wavegrid.trading.api.OrderType;
import io.wavegrid.trading.api.TimeInForce;
import io.wavegrid.trading.api.TradeIntent;
import io.wavegrid.trading.api.TradeOutcome;
import io.wavegrid.trading.api.TradingState;

import org.junit.jupiter.api.Test;

/**
 * A signal delivered again gets the answer of its first delivery, from the journal, and never a second order: the
 * entry's insert finds its id taken, and every refusal first looks for an entry sent before.
 */
class RedeliveryTest {

    private static TradeIntent intent(String signal) {
        return SignalIntake.intent(Harness.signal(signal, "trend", Direction.LONG, "100", "95"));
    }

    @Test
    void aRepeatTheRiskManagerWouldNowRefuseIsAnsweredWithTheEntrySentBefore() throws Exception {
        Harness h = new Harness();
        h.candle(100, 100, 100, 100, 1000);
        TradeOutcome first = h.desk.execute(intent("sig-r"));
        h.risk.state = TradingState.REDUCING;

        TradeOutcome second = h.desk.execute(intent("sig-r"));

        assertTrue(first.placed() && second.placed(), second.toString());
        assertEquals(first.entry().clientOrderId(), second.entry().clientOrderId());
        assertEquals(1, h.exchange.placeCalls.size());
    }

    @Test
    void aRepeatOfAnEntryTheExchangeRefusedIsRefusedAgainWithTheFirstReasonAndNothingSent() throws Exception {
        Harness h = new Harness();
        h.candle(100, 100, 100, 100, 1000);
        h.risk.forcedQuantity = new BigDecimal("500"); // 50000 USDT on a 10000 USDT account
        TradeOutcome first = h.desk.execute(intent("sig-q"));
        h.risk.forcedQuantity = null; // sized differently now: the same id with another request

        TradeOutcome second = h.desk.execute(intent("sig-q"));

        assertEquals(TradeOutcome.Status.REJECTED, first.status());
        assertEquals(TradeOutcome.Status.REJECTED, second.status());
        assertTrue(second.reason().startsWith("already refused") && second.reason().contains("insufficient balance"), second.reason());
        assertEquals(first.entry().clientOrderId(), second.entry().clientOrderId());
        assertEquals(1, h.exchange.placeCalls.size());
        assertTrue(h.desk.openOrders().isEmpty());
    }

    @Test
    void aRepeatAfterARestartIsAnsweredFromTheJournalWithoutANewTradeOrOrder() throws Exception {
        Harness before = new Harness();
        before.candle(100, 100, 100, 100, 1000);
        TradeOutcome first = before.desk.execute(intent("sig-s"));
        before.candle(100, 101, 99.5, 100, 1000); // the entry fills; its stop goes out
        String entryId = first.entry().clientOrderId();
        assertEquals(OrderStatus.FILLED, before.journal.find(entryId).orElseThrow().order().status());
        int ordersBefore = before.paper.openOrders().size();

        Harness after = before.restarted(Settings.defaults(), true, before.signalRecords);
        TradeOutcome second = after.desk.execute(intent("sig-s"));

        assertTrue(second.placed(), second.toString());
        assertEquals(entryId, second.entry().clientOrderId());
        assertEquals(OrderStatus.FILLED, second.entry().status());
        assertTrue(after.exchange.placeCalls.isEmpty(), after.exchange.placeCalls.toString());
        assertEquals(ordersBefore, after.paper.openOrders().size());
    }

    @Test
    void aSignalOpenAcrossTheChangeOfKeyFormKeepsTheKeyItsEntryWasJournaledUnder() throws Exception {
        Harness before = new Harness();
        before.candle(100, 100, 100, 100, 1000);
        TradingSignal signal = Harness.signal("trend.BTCUSDT.1m.1704067200000", "trend", Direction.LONG, "100", "95");
        String earlierEntry = ClientOrderIds.of(ClientOrderIds.keyBeforeMinutes("trend", signal.id()), Role.ENTRY, 0, 1);
        OrderRequest sent = new OrderRequest(earlierEntry, Harness.BTC, Side.BUY, OrderType.MARKET, new BigDecimal("1"), null,
                null, TimeInForce.GTC);
        // The version before the change journaled and sent the entry, then stopped before the signal moved on.
        before.journal.journal("paper", new Order(sent, null, OrderStatus.NEW, null, null, Harness.T0, ""));
        before.exchange.place(sent);
        before.desk.stop();
        TestSignals book = new TestSignals(before.signalRecords);
        book.restore(signal);
        Desk after = new Desk(Settings.defaults(), new Desk.Services(before.exchange, new ExchangeTraits("paper", true, true, true),
                before.risk, book, before.signalRecords, before.journal, before.executions, before.positions, before.audit, null),
                Clock.fixed(Harness.T0, ZoneOffset.UTC), before.pauses::add);
        book.listener = after;
        after.start();
        int placed = before.exchange.placeCalls.size();

        after.onTradingSignal(signal); // delivered again

        assertEquals(placed, before.exchange.placeCalls.size(), "no second entry: " + before.exchange.placeCalls);
        assertTrue(before.journal.find(ClientOrderIds.of(ClientOrderIds.tradeKey("trend", signal.id()), Role.ENTRY, 0, 1)).isEmpty());
        assertFalse(ClientOrderIds.tradeKey("trend", signal.id()).equals(ClientOrderIds.keyBeforeMinutes("trend", signal.id())));
    }

    @Test
    void aNewSignalStillGoesOutAfterARepeat() throws Exception {
        Harness h = new Harness();
        h.candle(100, 100, 100, 100, 1000);
        h.desk.execute(intent("sig-a"));
        h.desk.execute(intent("sig-a"));

        TradeOutcome other = h.desk.execute(intent("sig-b"));

        assertTrue(other.placed(), other.toString());
        assertEquals(2, h.exchange.placeCalls.size());
        assertFalse(h.exchange.placeCalls.get(0).equals(h.exchange.placeCalls.get(1)));
    }
}
