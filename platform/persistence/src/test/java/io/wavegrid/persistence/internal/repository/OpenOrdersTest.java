package io.wavegrid.persistence.internal.repository;

import static io.wavegrid.infra.api.contract.Fixtures.T0;
import static io.wavegrid.infra.api.contract.Fixtures.limitBuy;
import static io.wavegrid.infra.api.contract.Fixtures.moved;
import static io.wavegrid.infra.api.contract.Fixtures.newOrder;
import static org.junit.jupiter.api.Assertions.assertEquals;


import io.wavegrid.persistence.internal.Backends;
import io.wavegrid.persistence.internal.Backends.Backend;
import io.wavegrid.trading.api.Order;
import io.wavegrid.trading.api.OrderStatus;

import org.junit.jupiter.api.Test;

/** The journal's open orders: the working orders of one account, oldest first, whatever else the table holds. */
class OpenOrdersTest {

    private final Backend backend = Backends.h2();

    @Test
    void onlyTheWorkingOrdersOfTheAccountAreOpen() {
        backend.db().clear();
        JdbcOrderJournal journal = new JdbcOrderJournal(backend.database());
        for (int i = 0; i < 50; i++) {
            Order order = newOrder(limitBuy(String.format("h-%03d", i), "0.01", "64000"), T0.plusSeconds(i));
            journal.journal(i % 2 == 0 ? "paper" : "other", order);
            journal.update(moved(order, OrderStatus.SUBMITTED, "0", null, T0.plusSeconds(i)));
            if (i < 45) {
                journal.update(moved(order, OrderStatus.FILLED, "0.01", "64000", T0.plusSeconds(i + 1)));
            }
        }
        assertEquals(java.util.List.of("h-046", "h-048"),
                journal.open("paper").stream().map(j -> j.order().clientOrderId()).toList());
    }
}
