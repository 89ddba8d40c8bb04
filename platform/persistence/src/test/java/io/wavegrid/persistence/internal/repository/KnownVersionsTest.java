package io.wavegrid.persistence.internal.repository;

import static io.wavegrid.infra.api.contract.Fixtures.T0;
import static io.wavegrid.infra.api.contract.Fixtures.limitBuy;
import static io.wavegrid.infra.api.contract.Fixtures.moved;
import static io.wavegrid.infra.api.contract.Fixtures.newOrder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;

import io.wavegrid.persistence.internal.Backends;
import io.wavegrid.persistence.internal.Backends.Backend;
import io.wavegrid.trading.api.Order;
import io.wavegrid.trading.api.OrderStatus;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The journal updates a working order without reading it first, from the row it last wrote; a row another writer
 * changed meanwhile is read again, so the shortcut never lets a stale update through or refuses a valid one.
 */
class KnownVersionsTest {

    private final Backend backend = Backends.h2();
    private JdbcOrderJournal mine;
    private JdbcOrderJournal other;
    private Order order;

    @BeforeEach
    void twoWritersOnOneTable() {
        backend.db().clear();
        mine = new JdbcOrderJournal(backend.database());
        other = new JdbcOrderJournal(backend.database());
        order = newOrder(limitBuy("kv-1", "0.01", "64000"), T0);
        mine.journal("paper", order);
    }

    private Order stored() {
        return other.find(order.clientOrderId()).orElseThrow().order();
    }

    @Test
    void anUpdateValidOnlyFromTheNewerStoredStateIsTaken() {
        other.update(moved(order, OrderStatus.SUBMITTED, "0", null, T0.plusSeconds(1)));

        // From the NEW this journal wrote, a partial fill would be refused; the stored SUBMITTED allows it.
        mine.update(moved(order, OrderStatus.PARTIALLY_FILLED, "0.004", "64000", T0.plusSeconds(2)));

        assertEquals(OrderStatus.PARTIALLY_FILLED, stored().status());
    }

    @Test
    void anUpdateOverARowChangedMeanwhileIsAppliedToTheStoredRow() {
        mine.update(moved(order, OrderStatus.SUBMITTED, "0", null, T0.plusSeconds(1)));
        other.update(moved(order, OrderStatus.PARTIALLY_FILLED, "0.004", "64000", T0.plusSeconds(2)));

        mine.update(moved(order, OrderStatus.PARTIALLY_FILLED, "0.008", "64000", T0.plusSeconds(3)));
        mine.update(moved(order, OrderStatus.FILLED, "0.01", "64000", T0.plusSeconds(4)));

        assertEquals(OrderStatus.FILLED, stored().status());
        assertEquals(0, new BigDecimal("0.01").compareTo(stored().filledQuantity()));
    }

    @Test
    void aStaleUpdateIsRefusedEvenWhenTheRowThisJournalWroteWouldAllowIt() {
        mine.update(moved(order, OrderStatus.SUBMITTED, "0", null, T0.plusSeconds(1)));
        other.update(moved(order, OrderStatus.FILLED, "0.01", "64000", T0.plusSeconds(2)));

        assertThrows(IllegalStateException.class,
                () -> mine.update(moved(order, OrderStatus.PARTIALLY_FILLED, "0.004", "64000", T0.plusSeconds(3))));

        assertEquals(OrderStatus.FILLED, stored().status());
    }
}
