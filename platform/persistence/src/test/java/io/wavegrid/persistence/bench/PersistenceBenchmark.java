package io.wavegrid.persistence.bench;

import java.nio.file.Files;
import java.nio.file.Path;


import io.wavegrid.persistence.internal.Database;
import io.wavegrid.persistence.internal.TestDatabase;
import io.wavegrid.persistence.internal.candle.CandleBenchmark;
import io.wavegrid.persistence.internal.repository.JournalBenchmark;

import org.h2.jdbcx.JdbcDataSource;

/**
 * {@code mvn -Pbench}: candle insert rates into PostgreSQL (goal: 100k rows/s) and an H2 file database, and
 * order journal latencies, each run in its own schema or temporary directory.
 */
public final class PersistenceBenchmark {

    private static final int ROWS = 200_000;
    private static final int ORDERS = 2_000;

    private PersistenceBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println("Wavegrid persistence benchmark");
        double postgres;
        try (TestDatabase pg = TestDatabase.postgres()) {
            Database database = new Database(pg.dataSource());
            postgres = CandleBenchmark.run(database, ROWS);
            JournalBenchmark.run("POSTGRESQL", database, ORDERS);
        }
        Path dir = Files.createTempDirectory("wavegrid-h2-bench");
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + dir.resolve("bench") + ";DB_CLOSE_ON_EXIT=FALSE");
        h2.setUser("sa");
        Database database = new Database(h2);
        double h2Rate = CandleBenchmark.run(database, ROWS);
        JournalBenchmark.run("H2-file", database, ORDERS);
        try (var c = h2.getConnection(); var s = c.createStatement()) {
            s.execute("SHUTDOWN");
        }
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
        System.out.printf("PostgreSQL candle inserts: %,.0f rows/s = %.2fx the 100k rows/s goal; H2 file: %,.0f rows/s (%.2fx PostgreSQL)%n",
                postgres, postgres / 100_000, h2Rate, h2Rate / postgres);
    }
}
