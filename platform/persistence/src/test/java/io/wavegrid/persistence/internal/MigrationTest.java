package io.wavegrid.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Migrations on an empty and on an existing database, on H2 and PostgreSQL. */
class MigrationTest {

    static Stream<TestDatabase> databases() {
        return Stream.of(TestDatabase.h2(), TestDatabase.postgres());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void anEmptyDatabaseGetsTheWholeSchemaAndASecondStartChangesNothing(TestDatabase db) throws Exception {
        try (db) {
            Database first = new Database(db.dataSource());
            assertEquals(db.dialect(), first.dialect());
            for (String table : List.of("users", "trading_signals", "trade_executions", "grids", "market_data", "analysis_results",
                    "orders", "positions", "audit_log", "strategy_config_history")) {
                assertEquals(0, count(db, "SELECT COUNT(*) FROM " + table), table);
            }
            new Database(db.dataSource());
            assertEquals(3, Database.flyway(db.dataSource()).info().applied().length);
            assertEquals(0, Database.flyway(db.dataSource()).info().pending().length);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void anExistingDatabaseIsUpgradedWithItsDataKept(TestDatabase db) throws Exception {
        try (db) {
            Flyway.configure(Database.class.getClassLoader()).dataSource(db.dataSource())
                    .resourceProvider(new BundledMigrations(Database.class.getClassLoader())).javaMigrationClassProvider(List::of)
                    .target(MigrationVersion.fromVersion("1")).load().migrate();
            execute(db, "INSERT INTO users (id, username, password_hash, user_role, created_at, updated_at)"
                    + " VALUES ('u1', 'alice', 'x', 'ADMIN', TIMESTAMP WITH TIME ZONE '2024-03-01 12:00:00+00', TIMESTAMP WITH TIME ZONE '2024-03-01 12:00:00+00')");
            execute(db, "INSERT INTO trading_signals (id, symbol, direction, confidence, entry_price, stop_loss, created_at, status)"
                    + " VALUES ('s1', 'BTC/USDT', 'LONG', 0.7, 64000.12345678, 63000, TIMESTAMP WITH TIME ZONE '2024-03-01 12:00:00+00', 'PENDING')");

            new Database(db.dataSource());

            assertEquals(1, count(db, "SELECT COUNT(*) FROM users WHERE username = 'alice'"));
            assertEquals(1, count(db, "SELECT COUNT(*) FROM trading_signals WHERE entry_price = 64000.12345678"));
            assertEquals(0, count(db, "SELECT COUNT(*) FROM orders"));
            assertEquals(3, Database.flyway(db.dataSource()).info().applied().length);
            assertEquals(0, Database.flyway(db.dataSource()).info().pending().length);
        }
    }

    @Test
    void theIndexListsExactlyTheMigrationsInTheDirectory() throws IOException {
        Path dir = Path.of("src/main/resources", BundledMigrations.LOCATION);
        try (Stream<Path> files = Files.list(dir)) {
            List<String> sql = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sql")).sorted().toList();
            assertEquals(sql, BundledMigrations.index(Database.class.getClassLoader()).stream().sorted().toList());
        }
        assertTrue(new BundledMigrations(Database.class.getClassLoader()).getResources("V", new String[] {".sql"}).size() >= 3);
    }

    private static void execute(TestDatabase db, String sql) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static long count(TestDatabase db, String sql) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
