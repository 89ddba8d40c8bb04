package io.wavegrid.persistence.internal.repository;

import static io.wavegrid.infra.api.contract.Fixtures.T0;
import static io.wavegrid.infra.api.contract.Fixtures.limitBuy;
import static io.wavegrid.infra.api.contract.Fixtures.moved;
import static io.wavegrid.infra.api.contract.Fixtures.newOrder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import io.wavegrid.infra.api.JournaledOrder;
import io.wavegrid.market.api.Side;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.trading.api.Order;
import io.wavegrid.trading.api.OrderRequest;
import io.wavegrid.trading.api.OrderStatus;
import io.wavegrid.trading.api.OrderType;
import io.wavegrid.trading.api.TimeInForce;

import org.junit.jupiter.api.Test;

class WriteAheadLineTest {

    @Test
    void aNewOrderReadsBackAsItWasJournaled() {
        JournaledOrder order = new JournaledOrder("paper", newOrder(limitBuy("wg-1", "0.012345678901", "64000.5"), T0), T0);

        JournaledOrder read = roundTrip(order);

        assertEquals(order, read);
        assertNull(read.order().exchangeOrderId());
        assertEquals(new BigDecimal("0.012345678901"), read.order().request().quantity());
    }

    @Test
    void textWithTabsLineBreaksAndBackslashesKeepsItsFieldsApart() {
        OrderRequest stop = new OrderRequest("wg-2", Symbol.parse("ETH/USDT"), Side.SELL, OrderType.STOP_MARKET,
                new BigDecimal("1.5"), null, new BigDecimal("3000"), TimeInForce.GTC);
        Order rejected = moved(newOrder(stop, T0), OrderStatus.REJECTED, "0", null, T0.plusSeconds(2));
        Order withReason = new Order(rejected.request(), "ex\\N\t7", rejected.status(), rejected.filledQuantity(),
                rejected.averagePrice(), rejected.updated(), "refused:\tline one\nline two \\ back\\slash \\N");
        JournaledOrder order = new JournaledOrder("desk\t\\N", withReason, T0);

        assertEquals(order, roundTrip(order));
    }

    @Test
    void textBeyondAsciiKeepsItsCharacters() {
        Order refused = newOrder(limitBuy("wg-5", "2", "10"), T0);
        Order withReason = new Order(refused.request(), null, OrderStatus.REJECTED, BigDecimal.ZERO, null, T0,
                "Kontostand unzureichend \u00fc \u20ac \ud83d\udcc8");
        JournaledOrder order = new JournaledOrder("b\u00f6rse", withReason, T0);

        assertEquals(order, roundTrip(order));
    }

    @Test
    void aLineCutShortOrChangedIsRefused() {
        String line = new String(new WriteAheadEncoder().encode(new JournaledOrder("paper", newOrder(limitBuy("wg-3", "1", "10"), T0), T0))
                .copy(), StandardCharsets.UTF_8);
        String body = line.substring(0, line.length() - 1);

        IllegalArgumentException cut = assertThrows(IllegalArgumentException.class,
                () -> WriteAheadLine.decode(body.substring(0, body.length() / 2)));
        assertTrue(cut.getMessage().contains("checksum"), cut.getMessage());
        assertThrows(IllegalArgumentException.class, () -> WriteAheadLine.decode(body.replace("wg-3", "wg-4")));
        assertThrows(IllegalArgumentException.class, () -> WriteAheadLine.decode(""));
    }

    private static JournaledOrder roundTrip(JournaledOrder order) {
        String line = new String(new WriteAheadEncoder().encode(order).copy(), StandardCharsets.UTF_8);
        assertTrue(line.endsWith("\n") && line.indexOf('\n') == line.length() - 1, "one line: " + line);
        return WriteAheadLine.decode(line.substring(0, line.length() - 1));
    }
}
