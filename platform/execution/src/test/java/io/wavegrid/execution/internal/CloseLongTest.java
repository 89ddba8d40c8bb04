package io.wavegrid.execution.internal;

import static io.wavegrid.execution.internal.Harness.BTC;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import io.wavegrid.market.api.Side;
import io.wavegrid.signal.api.Direction;
import io.wavegrid.signal.api.SignalStatus;
import io.wavegrid.trading.api.Fill;
import io.wavegrid.trading.api.OrderStatus;

import org.junit.jupiter.api.Test;

/**
 * A spot SELL signal closing the long: it first frees the base asset every working sell of the symbol locks (stops,
 * take-profit and stop exits still filling, an earlier close), never sends a sale the account cannot fund, and takes
 * a remainder the exchange cannot trade (dust) for no position.
 */
class CloseLongTest {

    private static void assertAmount(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), "expected " + expected + " but was " + actual.toPlainString());
    }

    @Test
    void aSellSignalWhileATakeProfitExitIsStillWorkingCancelsTheExitAndSellsWhatIsHeld() throws Exception {
        Harness h = new Harness();
        h.candle(100, 100, 100, 100, 1000);
        h.signal(Direction.LONG, "100", "95", "110");
        h.candle(100, 100, 100, 100, 1000); // 59.94 held, stop resting

        h.candle(100, 111, 100, 110, 1000); // target reached: stop cancelled, the exit of 59.94 waits for the next bar
        String close = h.signal(Direction.SHORT, "110", "115"); // analysis of the same bar says SELL

        String closeEntry = h.exchange.placeCalls.get(h.exchange.placeCalls.size() - 1);
        assertTrue(closeEntry.endsWith("-E.1"), closeEntry);
        assertEquals(OrderStatus.SUBMITTED, h.journal.find(closeEntry).orElseThrow().order().status(),
                "the close is funded: " + h.journal.find(closeEntry).orElseThrow().order().rejectReason());
        assertEquals(SignalStatus.ACTIVE, h.signals.status(close));

        h.candle(110, 110, 110, 110, 1000);

        assertEquals(SignalStatus.EXECUTED, h.signals.status(close));
        assertTrue(h.desk.positions().isEmpty(), h.desk.positions().toString());
        assertTrue(h.openOnExchange().isEmpty(), h.openOnExchange().toString());
        assertAmount("0", h.paperBalance("BTC"));
    }

    @Test
    void aDustRemainderIsNoPositionToCloseAndNothingIsSent() throws Exception {
        Harness h = new Harness();
        h.candle(100, 100, 100, 100, 1000);
        // Leftovers of earlier trades' fees: 0.02 BTC, worth 2 USDT, under the minimum notional of 5.
        h.desk.executionListener().onFill(new Fill("outside-1", null, "x", BTC, Side.BUY, new BigDecimal("100"),
                new BigDecimal("0.02"), BigDecimal.ZERO, "USDT", false, Harness.T0));
        int sent = h.exchange.placeCalls.size();

        String close = h.signal(Direction.SHORT, "100", "105");

        assertEquals(sent, h.exchange.placeCalls.size(), "no order the exchange must refuse: " + h.exchange.placeCalls);
        assertEquals(SignalStatus.REJECTED, h.signals.status(close));
        assertTrue(h.signals.reason(close).contains("minimum notional"), h.signals.reason(close));
    }
}
