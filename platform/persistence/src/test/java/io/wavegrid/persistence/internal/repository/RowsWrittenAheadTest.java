package io.wavegrid.persistence.internal.repository;

import static io.wavegrid.infra.api.contract.Fixtures.T0;
import static io.wavegrid.infra.api.contract.Fixtures.eventually;
import static io.wavegrid.infra.api.contract.Fixtures.limitBuy;
import static io.wavegrid.infra.api.contract.Fixtures.moved;
import static io.wavegrid.infra.api.contract.Fixtures.newOrder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import io.wavegrid.infra.api.JournaledOrder;
import io.wavegrid.infra.api.StoreUnavailableException;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.persistence.internal.Database;
import io.wavegrid.trading.api.Order;
import io.wavegrid.trading.api.OrderRequest;
import io.wavegrid.trading.api.OrderStatus;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On the H2 file an order is journaled by its write-ahead line; its row follows, and nothing is refused less for it. */
class RowsWrittenAheadTest {

    @TempDir
    Path dir;

    private JdbcDataSource h2;
    private Connection held;
    private Database database;

    @BeforeEach
    void open() throws SQLException {
        h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + dir.resolve("wavegrid") + ";DB_CLOSE_ON_EXIT=FALSE");
        h2.setUser("sa");
        held = h2.getConnection();
        database = new Database(h2);
    }

    @AfterEach
    void shutdown() throws SQLException {
        try (Statement s = held.createStatement()) {
            s.execute("SHUTDOWN");
        }
        held.close();
    }

    @Test
    void aNewOrderIsJournaledBeforeItsRowAndTheNextUpdateStoresTheRowFirst() throws SQLException {
        JdbcOrderJournal journal = journal();
        try {
            Order placed = newOrder(limitBuy("wg-ahead-1", "1", "100"), T0);
            assertTrue(journal.journal("paper", placed));

            assertEquals(0, rows("wg-ahead-1"), "the row follows the send");
            assertEquals(1, new OrderWriteAhead(dir.resolve("wavegrid")).unsettled().size(), "the line is the journaling");
            assertEquals(OrderStatus.NEW, journal.find("wg-ahead-1").orElseThrow().order().status());
            assertFalse(journal.journal("paper", newOrder(limitBuy("wg-ahead-1", "1.0", "100"), T0.plusSeconds(1))), "a retry");
            assertThrows(IllegalStateException.class, () -> journal.journal("paper", newOrder(limitBuy("wg-ahead-1", "2", "100"), T0)));

            journal.update(moved(placed, OrderStatus.SUBMITTED, "0", null, T0.plusSeconds(2)));
            assertEquals(1, rows("wg-ahead-1"));
            assertEquals(OrderStatus.SUBMITTED, journal.find("wg-ahead-1").orElseThrow().order().status());
        } finally {
            journal.deactivate();
        }
    }

    @Test
    void anIdJournaledByAnEarlierProcessIsRefusedAndAnUnknownOneIsAnsweredWithoutItsRow() {
        JdbcOrderJournal earlier = journal();
        earlier.journal("paper", newOrder(limitBuy("wg-before-1", "1", "100"), T0));
        earlier.deactivate();

        JdbcOrderJournal journal = journal();
        try {
            assertFalse(journal.journal("paper", newOrder(limitBuy("wg-before-1", "1", "100"), T0)));
            assertThrows(IllegalStateException.class, () -> journal.journal("paper", newOrder(limitBuy("wg-before-1", "3", "100"), T0)));
            assertTrue(journal.find("wg-never").isEmpty());
            assertEquals(1, journal.open("paper").size());
        } finally {
            journal.deactivate();
        }
    }

    @Test
    void aRowNoJournalCallStoresIsStoredByTheCheckpointThread() throws SQLException {
        JdbcOrderJournal journal = journal();
        try {
            journal.journal("paper", newOrder(limitBuy("wg-quiet-1", "1", "100"), T0));
            eventually(() -> rowsUnchecked("wg-quiet-1") == 1, 10_000, "the checkpoint thread stores the waiting row");
        } finally {
            journal.deactivate();
        }
    }

    @Test
    void anOrderTheTableCouldNotHoldIsRefusedBeforeAnythingIsWritten() throws SQLException {
        JdbcOrderJournal journal = journal();
        try {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> journal.journal("paper", newOrder(widestSymbol("wg-wide-1"), T0)));

            assertTrue(refused.getMessage().contains("wg-wide-1 cannot be journaled: its symbol is longer than 40 characters"),
                    refused.getMessage());
            assertTrue(journal.find("wg-wide-1").isEmpty());
            assertTrue(new OrderWriteAhead(dir.resolve("wavegrid")).unsettled().isEmpty());
            assertTrue(journal.journal("paper", newOrder(limitBuy("wg-wide-1", "1", "100"), T0)), "the id is still free");
            assertEquals(0, rows("wg-wide-1"));
        } finally {
            journal.deactivate();
        }
    }

    @Test
    void rowsTheDatabaseRefusesKeepWaitingUntilItTakesThemAndTooManyStopNewOrders() throws SQLException {
        JdbcOrderJournal journal = journal();
        try {
            Order first = newOrder(limitBuy("wg-down-0", "1", "100"), T0);
            journal.journal("paper", first);
            execute("ALTER TABLE orders RENAME TO orders_away");

            assertThrows(StoreUnavailableException.class,
                    () -> journal.update(moved(first, OrderStatus.SUBMITTED, "0", null, T0.plusSeconds(1))));
            assertEquals(OrderStatus.NEW, journal.find("wg-down-0").orElseThrow().order().status(), "still journaled");
            for (int i = 1; i < RowsWrittenAhead.MOST_WAITING; i++) {
                assertTrue(journal.journal("paper", newOrder(limitBuy("wg-down-" + i, "1", "100"), T0)));
            }
            StoreUnavailableException full = assertThrows(StoreUnavailableException.class,
                    () -> journal.journal("paper", newOrder(limitBuy("wg-down-over", "1", "100"), T0)));
            assertTrue(full.getMessage().contains("10000 journaled orders wait for the database"), full.getMessage());

            execute("ALTER TABLE orders_away RENAME TO orders");
            journal.update(moved(first, OrderStatus.SUBMITTED, "0", null, T0.plusSeconds(1)));

            assertEquals(RowsWrittenAhead.MOST_WAITING, count("SELECT COUNT(*) FROM orders"), "every waiting row is stored");
            assertEquals(OrderStatus.SUBMITTED, journal.find("wg-down-0").orElseThrow().order().status());
            assertTrue(journal.journal("paper", newOrder(limitBuy("wg-down-over", "1", "100"), T0)));
        } finally {
            journal.deactivate();
        }
    }

    @Test
    void closingASegmentStoresTheRowsOfItsLines() throws SQLException {
        try (OrderWriteAhead file = new OrderWriteAhead(dir.resolve("wavegrid"))) {
            RowsWrittenAhead rows = new RowsWrittenAhead(file, new Jdbc(h2, "test"));
            rows.journal(journaled("wg-seg-1"));
            rows.journal(journaled("wg-seg-2"));

            long upTo = rows.closeSegment();

            assertEquals(1, upTo);
            assertEquals(1, rows("wg-seg-1"));
            assertEquals(1, rows("wg-seg-2"));
            assertEquals(null, rows.waiting("wg-seg-1"));
        }
    }

    @Test
    void theIdFilterGrowsPastItsCapacityAndStillRefusesEveryJournaledId() {
        AtomicReference<RowsWrittenAhead> grown = new AtomicReference<>();
        // The rows waiting when the larger filter's read begins are stored just after it ran: they are not in its result.
        DataSource storingDuringTheRead = QueryHook.afterExecuting(h2, "SELECT client_order_id FROM orders", () -> {
            if (grown.get() != null) {
                grown.get().storeWaiting();
            }
        });
        try (OrderWriteAhead file = new OrderWriteAhead(dir.resolve("wavegrid"))) {
            RowsWrittenAhead rows = new RowsWrittenAhead(file, new Jdbc(storingDuringTheRead, "test"));
            int capacity = rows.idCapacity();
            for (int i = 0; i <= capacity; i++) {
                assertTrue(rows.journal(journaled("wg-many-" + i)));
                if (i % 4096 == 0 && i < capacity) {
                    rows.storeWaiting();
                }
            }
            assertTrue(rows.waiting("wg-many-" + capacity) != null, "the newest rows wait when the filter grows");

            grown.set(rows);
            rows.growIdsIfFull();

            assertTrue(rows.idCapacity() > capacity, "a larger filter: " + rows.idCapacity());
            assertEquals(null, rows.waiting("wg-many-" + capacity), "stored during the read");
            for (int i = 0; i <= capacity; i += 97) {
                assertFalse(rows.journal(journaled("wg-many-" + i)), "wg-many-" + i + " is refused as journaled");
            }
            assertFalse(rows.journal(journaled("wg-many-" + capacity)), "a row stored during the read is in the filter");
            assertTrue(rows.journal(journaled("wg-many-new")));
        }
    }

    private JdbcOrderJournal journal() {
        return new JdbcOrderJournal(database, Optional.of(dir.resolve("wavegrid")));
    }

    /** Assets may have 20 characters each; the table's column holds 40 of the 41 their pair takes. */
    private static OrderRequest widestSymbol(String id) {
        OrderRequest r = limitBuy(id, "1", "100");
        return new OrderRequest(id, new Symbol("B".repeat(20), "Q".repeat(20)), r.side(), r.type(), r.quantity(), r.price(),
                r.stopPrice(), r.timeInForce());
    }

    private static JournaledOrder journaled(String id) {
        return new JournaledOrder("paper", newOrder(limitBuy(id, "1", "100"), T0), T0);
    }

    private int rows(String id) throws SQLException {
        return count("SELECT COUNT(*) FROM orders WHERE client_order_id = '" + id + "'");
    }

    private int count(String query) throws SQLException {
        try (Statement s = held.createStatement(); ResultSet r = s.executeQuery(query)) {
            r.next();
            return r.getInt(1);
        }
    }

    private void execute(String statement) throws SQLException {
        try (Statement s = held.createStatement()) {
            s.execute(statement);
        }
    }

    private int rowsUnchecked(String id) {
        try {
            return rows(id);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
