package io.wavegrid.persistence.internal.repository;

import static io.wavegrid.infra.api.contract.Fixtures.T0;
import static io.wavegrid.infra.api.contract.Fixtures.limitBuy;
import static io.wavegrid.infra.api.contract.Fixtures.newOrder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.wavegrid.infra.api.StoreUnavailableException;
import io.wavegrid.persistence.internal.Database;
import io.wavegrid.trading.api.OrderStatus;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default H2 database keeps a commit in memory until its writer stores it; the order journal's write-ahead file
 * keeps an order journaled just before the process died.
 */
class JournalSurvivesProcessDeathTest {

    @TempDir
    Path dir;

    @Test
    void anOrderJournaledJustBeforeTheProcessDiedIsJournaledAfterTheRestart() throws Exception {
        // A write delay longer than the test: H2 stores nothing on its own, as when a process dies within its usual 500 ms.
        String url = "jdbc:h2:file:" + dir.resolve("wavegrid") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=600000";
        String output = runUntilItDies(url, "wg-died-1");
        assertTrue(output.contains("journaled wg-died-1"), output);

        JdbcDataSource h2 = dataSource(url);
        try (Connection held = h2.getConnection()) {
            Database database = new Database(h2);
            assertEquals(0, rows(held, "wg-died-1"), "the database lost the row with the process");

            JdbcOrderJournal journal = new JdbcOrderJournal(database);
            try {
                assertEquals(OrderStatus.NEW, journal.find("wg-died-1").orElseThrow().order().status());
                assertTrue(new OrderWriteAhead(dir.resolve("wavegrid")).unsettled().isEmpty(),
                        "the restored row is stored, so no file holds it any more");
            } finally {
                journal.deactivate();
            }
            assertEquals(0, writeAheadFiles(), "a clean stop leaves no file behind");
            shutdown(held);
        }
    }

    @Test
    void anOrderThatCannotBeWrittenAheadIsNotJournaled() throws Exception {
        JdbcDataSource h2 = dataSource("jdbc:h2:file:" + dir.resolve("wavegrid") + ";DB_CLOSE_ON_EXIT=FALSE");
        // Files cannot be created where the write-ahead files should go: a regular file stands in its folder's place.
        Path notAFolder = Files.writeString(dir.resolve("not-a-folder"), "");
        try (Connection held = h2.getConnection()) {
            JdbcOrderJournal journal = new JdbcOrderJournal(new Database(h2), Optional.of(notAFolder.resolve("wavegrid")));
            try {
                StoreUnavailableException refused = assertThrows(StoreUnavailableException.class,
                        () -> journal.journal("paper", newOrder(limitBuy("wg-unwritten", "1", "100"), T0)));

                assertTrue(refused.getMessage().contains("write-ahead"), refused.getMessage());
                assertEquals(0, rows(held, "wg-unwritten"), "no row is inserted");
                assertTrue(journal.find("wg-unwritten").isEmpty());
            } finally {
                journal.deactivate();
            }
            shutdown(held);
        }
    }

    private String runUntilItDies(String url, String orderId) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), JournalingProcess.class.getName(),
                url, orderId).redirectErrorStream(true).start();
        try {
            String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the journaling process ends: " + output);
            return output;
        } finally {
            child.destroyForcibly();
        }
    }

    private long writeAheadFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".wal")).count();
        }
    }

    private static JdbcDataSource dataSource(String url) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(url);
        h2.setUser("sa");
        return h2;
    }

    private static int rows(Connection c, String id) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT COUNT(*) FROM orders WHERE client_order_id = '" + id + "'")) {
            r.next();
            return r.getInt(1);
        }
    }

    private static void shutdown(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        }
    }
}
