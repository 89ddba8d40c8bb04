package io.wavegrid.persistence.internal.repository;

import static io.wavegrid.infra.api.contract.Fixtures.T0;
import static io.wavegrid.infra.api.contract.Fixtures.limitBuy;
import static io.wavegrid.infra.api.contract.Fixtures.newOrder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;


import io.wavegrid.infra.api.AuditEntry;
import io.wavegrid.infra.api.JournaledOrder;
import io.wavegrid.infra.api.StoreUnavailableException;
import io.wavegrid.infra.api.testing.TcpFaultProxy;
import io.wavegrid.persistence.internal.Database;
import io.wavegrid.persistence.internal.TestDatabase;
import io.wavegrid.trading.api.Order;

import org.apache.commons.dbcp2.BasicDataSource;
import org.junit.jupiter.api.Test;

/**
 * The order journal behind a DBCP2 pool (as pax-jdbc-pool-dbcp2 configures it) while a loopback proxy cuts
 * and resets its PostgreSQL connections: a write either returns (and the order is durable) or throws
 * {@link StoreUnavailableException}; once the proxy forwards again the pool reconnects by itself, and in the
 * end every order is journaled exactly once.
 */
class PostgresReconnectTest {

    private static final int ORDERS = 300;

    @Test
    void noAcknowledgedOrderIsLostAndThePoolReconnectsByItself() throws Exception {
        try (TestDatabase db = TestDatabase.postgres();
             TcpFaultProxy proxy = new TcpFaultProxy(TestDatabase.PG_HOST, TestDatabase.PG_PORT);
             BasicDataSource pool = pool(proxy.port(), db.name())) {
            new Database(db.dataSource());
            JdbcOrderJournal journal = new JdbcOrderJournal(new Database(pool));
            Set<String> acknowledged = new TreeSet<>();
            List<Order> refused = new ArrayList<>();

            for (int i = 0; i < ORDERS; i++) {
                if (i == 100) {
                    proxy.cut();
                } else if (i == 150) {
                    proxy.restore();
                } else if (i == 220) {
                    proxy.resetConnections();
                }
                Order order = newOrder(limitBuy(String.format("r-%04d", i), "0.01", "64000"), T0.plusMillis(i));
                try {
                    journal.journal("paper", order);
                    acknowledged.add(order.clientOrderId());
                } catch (StoreUnavailableException e) {
                    refused.add(order);
                }
            }

            assertFalse(refused.isEmpty(), "the cut must have refused some writes");
            assertTrue(refused.stream().allMatch(o -> o.clientOrderId().compareTo("r-0100") >= 0
                    && o.clientOrderId().compareTo("r-0150") < 0), "only writes during the cut may fail: " + refused.size());
            for (String id : acknowledged) {
                assertTrue(journal.find(id).isPresent(), "acknowledged order " + id + " lost");
            }
            for (Order order : refused) {
                journal.journal("paper", order); // the retry succeeds: true, or false if the refused write had committed
            }
            List<JournaledOrder> open = journal.open("paper");
            assertEquals(ORDERS, open.size());
            assertEquals(ORDERS, open.stream().map(j -> j.order().clientOrderId()).distinct().count());
        }
    }

    @Test
    void auditEntriesRecordedWhileTheDatabaseIsCutAreWrittenWhenItComesBack() throws Exception {
        try (TestDatabase db = TestDatabase.postgres();
             TcpFaultProxy proxy = new TcpFaultProxy(TestDatabase.PG_HOST, TestDatabase.PG_PORT);
             BasicDataSource pool = pool(proxy.port(), db.name())) {
            new Database(db.dataSource());
            JdbcAuditLog audit = new JdbcAuditLog(new Database(pool));
            try {
                audit.record(new AuditEntry(T0, "risk", "risk.accept", "before", ""));
                assertEquals(1, audit.recent(10).size());
                proxy.cut();
                for (int i = 0; i < 20; i++) {
                    audit.record(new AuditEntry(T0.plusSeconds(1 + i), "risk", "risk.accept", "during-" + i, ""));
                }
                StoreUnavailableException waiting = assertThrows(StoreUnavailableException.class, () -> audit.recent(100));
                assertTrue(waiting.getMessage().contains("not yet written"), waiting.getMessage());
                assertTrue(audit.pending() > 0, "the entries wait in the queue");
                proxy.restore();
                proxy.resetConnections();

                List<AuditEntry> all = audit.recent(100);
                assertEquals(21, all.size());
                assertEquals("during-19", all.get(0).target());
                assertEquals("before", all.get(20).target());
            } finally {
                audit.close();
            }
        }
    }

    private static BasicDataSource pool(int port, String schema) {
        BasicDataSource pool = new BasicDataSource();
        pool.setUrl("jdbc:postgresql://" + TestDatabase.PG_HOST + ":" + port + "/test?currentSchema=" + schema
                + "&connectTimeout=2&socketTimeout=10");
        pool.setUsername("postgres");
        pool.setMaxTotal(4);
        pool.setTestOnBorrow(true);
        pool.setMaxWaitMillis(2_000);
        return pool;
    }
}
