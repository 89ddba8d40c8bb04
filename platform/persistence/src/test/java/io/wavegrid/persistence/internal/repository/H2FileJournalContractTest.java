package io.wavegrid.persistence.internal.repository;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

import io.wavegrid.infra.api.OrderJournal;
import io.wavegrid.infra.api.contract.OrderJournalContract;
import io.wavegrid.persistence.internal.Database;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** The journal on an H2 file, as the platform runs by default: new orders written ahead, their rows inserted after. */
class H2FileJournalContractTest extends OrderJournalContract {

    @TempDir
    Path dir;

    private JdbcOrderJournal journal;
    private Connection held;

    @Override
    protected OrderJournal journal() {
        // One journal per test, as in the framework: a second one on the same file would restore the first's lines.
        if (journal == null) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL("jdbc:h2:file:" + dir.resolve("wavegrid") + ";DB_CLOSE_ON_EXIT=FALSE");
            h2.setUser("sa");
            try {
                // Held open as the platform's pool does: without it every statement would open the file again.
                held = h2.getConnection();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            journal = new JdbcOrderJournal(new Database(h2), Optional.of(dir.resolve("wavegrid")));
        }
        return journal;
    }

    @AfterEach
    void close() throws Exception {
        if (journal != null) {
            journal.deactivate();
            try (Connection c = held; Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            }
        }
    }
}
