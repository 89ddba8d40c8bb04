package io.wavegrid.execution.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;

import io.wavegrid.infra.api.JournaledOrder;
import io.wavegrid.infra.api.OrderJournal;
import io.wavegrid.infra.memory.internal.MemoryOrderJournal;
import io.wavegrid.market.api.Side;
import io.wavegrid.trading.api.Order;
import io.wavegrid.trading.api.OrderRequest;
import io.wavegrid.trading.api.OrderStatus;
import io.wavegrid.trading.api.OrderType;

import org.junit.jupiter.api.Test;

/** The order state machine as the exchange's updates drive it: each state once, in order, whatever arrives. */
class JournalUpdatesTest {

    private static final Instant T = Harness.T0;
    private final MemoryOrderJournal journal = new MemoryOrderJournal();
    private final JournalUpdates updates = new JournalUpdates(new AccountJournal("paper", journal));
    private final OrderRequest request = new OrderRequest("wgAAAAAAAAAAAAAAAAAAAA-E.1", Harness.BTC, Side.BUY,
            OrderType.LIMIT, new BigDecimal("2"), new BigDecimal("100"), null, null);

    private Order at(OrderStatus status, String filled, int second) {
        return new Order(request, "x-9", status, new BigDecimal(filled), filled.equals("0") ? null : new BigDecimal("100"),
                T.plusSeconds(second), "");
    }

    @Test
    void eachStateIsAppliedOnceInOrderAndStaleOrDuplicateUpdatesAreDropped() {
        journal.journal("paper", new Order(request, null, OrderStatus.NEW, null, null, T, ""));

        assertTrue(updates.apply(at(OrderStatus.SUBMITTED, "0", 1)).isPresent());
        assertTrue(updates.apply(at(OrderStatus.PARTIALLY_FILLED, "0.5", 2)).isPresent());
        assertTrue(updates.apply(at(OrderStatus.PARTIALLY_FILLED, "0.5", 2)).isEmpty(), "duplicate");
        assertTrue(updates.apply(at(OrderStatus.SUBMITTED, "0", 1)).isEmpty(), "out of order");
        assertTrue(updates.apply(at(OrderStatus.PARTIALLY_FILLED, "1.5", 3)).isPresent());
        assertTrue(updates.apply(at(OrderStatus.PARTIALLY_FILLED, "1", 2)).isEmpty(), "filled quantity never shrinks");
        assertTrue(updates.apply(at(OrderStatus.FILLED, "2", 4)).isPresent());
        assertTrue(updates.apply(at(OrderStatus.CANCELLED, "2", 5)).isEmpty(), "nothing leaves FILLED");

        Order last = journal.find(request.clientOrderId()).orElseThrow().order();
        assertEquals(OrderStatus.FILLED, last.status());
        assertEquals(0, new BigDecimal("2").compareTo(last.filledQuantity()));
    }

    @Test
    void anOrderReportedFilledAtOnceIsRecordedAsSubmittedFirst() {
        journal.journal("paper", new Order(request, null, OrderStatus.NEW, null, null, T, ""));

        JournaledOrder after = updates.apply(at(OrderStatus.FILLED, "2", 1)).orElseThrow();

        assertEquals(OrderStatus.FILLED, after.order().status());
        assertEquals("x-9", after.order().exchangeOrderId());
    }

    @Test
    void anExchangeSayingNewMeansAcknowledged() {
        journal.journal("paper", new Order(request, null, OrderStatus.NEW, null, null, T, ""));

        assertEquals(OrderStatus.SUBMITTED, updates.apply(at(OrderStatus.NEW, "0", 1)).orElseThrow().order().status());
        assertTrue(updates.apply(at(OrderStatus.NEW, "0", 1)).isEmpty());
    }

    @Test
    void unknownOrdersAndAStoreOutageNeverThrowAtTheExchangesThread() {
        assertTrue(updates.apply(at(OrderStatus.FILLED, "2", 1)).isEmpty());
        journal.journal("paper", new Order(request, null, OrderStatus.SUBMITTED, null, null, T, ""));
        OrderJournal down = new UnavailableJournal(journal, false, true);
        assertTrue(new JournalUpdates(new AccountJournal("paper", down)).apply(at(OrderStatus.FILLED, "2", 1)).isEmpty());
    }
}
