package io.wavegrid.execution.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import io.wavegrid.signal.api.Direction;
import io.wavegrid.signal.api.SignalStatus;
import io.wavegrid.trading.api.Order;
import io.wavegrid.trading.api.OrderStatus;
import io.wavegrid.trading.api.OrderType;

import org.junit.jupiter.api.Test;

/**
 * A signal's expiry against its entry's fills, with the engine's expiry check after every bar (as the trading-loop
 * benchmark runs it): an entry that started filling makes its signal EXECUTED, whatever the expiry; one that never
 * filled is cancelled by the expiry; no move the lifecycle must refuse is ever tried.
 */
class SignalExpiryTest {

    private static void assertAmount(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), "expected " + expected + " but was " + actual.toPlainString());
    }

    @Test
    void anEntryFillingOverSeveralBarsExecutesItsSignalAndItsRestIsCancelledAtTheExpiry() throws Exception {
        Harness h = new Harness();
        h.candle(100, 100, 100, 100, 1000);
        String id = h.signalExpiring(2, Direction.LONG, "100", "95"); // 60 BTC; the bars below offer 20 each

        h.candle(100, 100, 100, 100, 20);
        assertEquals(SignalStatus.EXECUTED, h.signals.status(id), "the first fill executes the signal");

        h.candle(100, 100, 100, 100, 20); // 40 bought by the expiry: the rest is cancelled, what was bought protected

        assertEquals(SignalStatus.EXECUTED, h.signals.status(id));
        assertTrue(h.signals.refused.isEmpty(), h.signals.refused.toString());
        Order entry = h.journal.find(entryIdOf(h)).orElseThrow().order();
        assertEquals(OrderStatus.CANCELLED, entry.status());
        assertAmount("40", entry.filledQuantity());
        List<Order> resting = h.openOnExchange();
        assertEquals(1, resting.size(), resting.toString());
        assertEquals(OrderType.STOP_MARKET, resting.get(0).request().type());
        assertAmount("39.96", resting.get(0).request().quantity()); // 40 less the fee paid in BTC
    }

    @Test
    void anEntryThatNeverFilledIsCancelledByItsSignalsExpiryWithoutAMoveTheLifecycleRefuses() throws Exception {
        Harness h = new Harness(Settings.defaults().withEntryType(OrderType.LIMIT), true);
        h.candle(100, 100, 100, 100, 1000);
        String id = h.signalExpiring(2, Direction.LONG, "98", "95");

        h.candle(100, 101, 99, 100, 1000);
        h.candle(100, 101, 99, 100, 1000);

        assertEquals(SignalStatus.EXPIRED, h.signals.status(id));
        assertTrue(h.signals.refused.isEmpty(), h.signals.refused.toString());
        assertTrue(h.openOnExchange().isEmpty(), h.openOnExchange().toString());
        assertTrue(h.desk.openOrders().isEmpty());
    }

    @Test
    void aMarketEntryFilledOnTheBarItsSignalExpiresIsExecuted() throws Exception {
        Harness h = new Harness();
        h.candle(100, 100, 100, 100, 1000);
        String id = h.signalExpiring(1, Direction.LONG, "100", "95");

        h.candle(100, 100, 100, 100, 1000); // the fill comes with the bar, before the engine's expiry check

        assertEquals(SignalStatus.EXECUTED, h.signals.status(id));
        assertTrue(h.signals.refused.isEmpty(), h.signals.refused.toString());
        assertEquals(1, h.openOnExchange().size());
    }

    private static String entryIdOf(Harness h) {
        return h.exchange.placeCalls.get(0);
    }
}
