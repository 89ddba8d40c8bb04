package io.wavegrid.marketdata.internal.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

import io.wavegrid.market.api.Candle;
import io.wavegrid.market.api.CandleStore;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Timeframe;
import io.wavegrid.marketdata.CandleFileFormat;
import io.wavegrid.marketdata.InMemoryCandleStore;
import io.wavegrid.marketdata.internal.importer.CandleFileImporter;
import io.wavegrid.marketdata.internal.synthetic.SyntheticMarket;
import io.wavegrid.persistence.internal.Database;
import io.wavegrid.persistence.internal.candle.JdbcCandleStore;

/**
 * Import throughput of a one-year 1m normalised CSV (525,600 rows: read, parse, validate, build candles, store)
 * into an in-memory store and into the persistence bundle's {@link JdbcCandleStore} on an in-memory H2 and on
 * the loopback PostgreSQL (a schema of its own, dropped after), against a baseline in the same run: reading the
 * same file's lines and doing nothing else. Each database import is checked by counting the stored rows. Run
 * with {@code mvn -Pbench -pl platform/market-data -am verify -DskipTests}.
 */
public final class ImportBenchmark {

    private static final int ROWS = 525_600;
    private static final Symbol BTC = new Symbol("BTC", "USDT");
    private static final long ORIGIN = 1_704_067_200_000L;

    public static void main(String[] args) throws Exception {
        Path file = Files.createTempFile("wavegrid-import-bench", ".csv");
        String schema = "wg_bench_" + System.currentTimeMillis() / 1000 + "_" + UUID.randomUUID().toString().substring(0, 8);
        try {
            write(file);
            double baseline = 0;
            for (int round = 0; round < 3; round++) { // the first rounds warm up the JIT
                baseline = readLines(file);
                double memory = importInto(new InMemoryCandleStore(), file);
                if (round == 2) {
                    report("in-memory store", memory, baseline);
                }
            }
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL("jdbc:h2:mem:" + schema + ";DB_CLOSE_DELAY=-1");
            h2.setUser("sa");
            report("H2 (JdbcCandleStore, batched MERGE)", importChecked(new Database(h2), file), baseline);
            try (Connection c = h2.getConnection(); Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            }
            try (Connection c = postgres(null).getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA " + schema);
            }
            PGSimpleDataSource pg = postgres(schema);
            double postgres = importChecked(new Database(pg), file);
            report("PostgreSQL (JdbcCandleStore, COPY + upsert)", postgres, baseline);
            System.out.printf("goal 100,000 rows/s into PostgreSQL: %s%n", postgres >= 100_000 ? "met" : "NOT met");
        } finally {
            Files.deleteIfExists(file);
            dropSchema(schema);
        }
    }

    private static void write(Path file) throws Exception {
        SyntheticMarket market = new SyntheticMarket(1, BTC, 40_000, ORIGIN);
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("open_time_ms,open,high,low,close,volume\n");
            for (int i = 0; i < ROWS; i++) {
                Candle c = market.next();
                out.write(c.openTime() + "," + c.open() + "," + c.high() + "," + c.low() + "," + c.close() + "," + c.volume() + "\n");
            }
        }
    }

    private static double readLines(Path file) throws Exception {
        long start = System.nanoTime();
        long lines = 0;
        try (BufferedReader in = Files.newBufferedReader(file)) {
            while (in.readLine() != null) {
                lines++;
            }
        }
        return lines / ((System.nanoTime() - start) / 1e9);
    }

    private static double importInto(CandleStore store, Path file) throws Exception {
        long start = System.nanoTime();
        int rows = new CandleFileImporter(store).importFile(file, CandleFileFormat.CSV, BTC, Timeframe.M1).candles();
        if (rows != ROWS) {
            throw new IllegalStateException("imported " + rows + " rows instead of " + ROWS);
        }
        return rows / ((System.nanoTime() - start) / 1e9);
    }

    /** Imports into the migrated database's candle store, then counts what it stored. */
    private static double importChecked(Database database, Path file) throws Exception {
        JdbcCandleStore store = new JdbcCandleStore(database);
        double rate = importInto(store, file);
        int stored = store.range(BTC, Timeframe.M1, ORIGIN, ORIGIN + ROWS * 60_000L).size();
        if (stored != ROWS) {
            throw new IllegalStateException("the store holds " + stored + " rows instead of " + ROWS);
        }
        return rate;
    }

    private static void report(String target, double rowsPerSecond, double baseline) {
        System.out.printf("import of %,d 1m rows into %s: %,.0f rows/s; baseline (read lines only) %,.0f rows/s; ratio %.3f%n",
                ROWS, target, rowsPerSecond, baseline, rowsPerSecond / baseline);
    }

    /** The loopback PostgreSQL's {@code test} database (trust auth), in {@code schema} when not null. */
    private static PGSimpleDataSource postgres(String schema) {
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setURL("jdbc:postgresql://127.0.0.1:5432/test");
        pg.setUser("postgres");
        if (schema != null) {
            pg.setCurrentSchema(schema);
        }
        return pg;
    }

    private static void dropSchema(String schema) {
        try (Connection c = postgres(null).getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            System.err.println("could not drop benchmark schema " + schema + ": " + e.getMessage());
        }
    }
}
