package io.wavegrid.persistence.internal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.persistence.EntityManagerFactory;
import javax.persistence.Persistence;
import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A database of its own for one test run: an in-memory H2 database, or a fresh schema in the loopback
 * PostgreSQL ({@code test} database) that is dropped at the end. Schemas left behind by killed runs are
 * dropped after an hour.
 */
public final class TestDatabase implements AutoCloseable {

    public static final String PG_HOST = "127.0.0.1";
    public static final int PG_PORT = 5432;
    private static final String PG_ADMIN_URL = "jdbc:postgresql://" + PG_HOST + ":" + PG_PORT + "/test?user=postgres";
    private static final String PREFIX = "wg_test_";

    private final Dialect dialect;
    private final String name;
    private final DataSource dataSource;

    private TestDatabase(Dialect dialect, String name, DataSource dataSource) {
        this.dialect = dialect;
        this.name = name;
        this.dataSource = dataSource;
    }

    public static TestDatabase h2() {
        String name = PREFIX + UUID.randomUUID().toString().replace("-", "");
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        ds.setUser("sa");
        return new TestDatabase(Dialect.H2, name, ds);
    }

    public static TestDatabase postgres() {
        String schema = PREFIX + System.currentTimeMillis() / 1000 + "_" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection c = DriverManager.getConnection(PG_ADMIN_URL); Statement s = c.createStatement()) {
            dropStale(c);
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL on " + PG_HOST + ":" + PG_PORT + " is not reachable (start it as ARCHITECTURE.md §5 says): "
                    + e.getMessage(), e);
        }
        return new TestDatabase(Dialect.POSTGRESQL, schema, postgresDataSource(PG_PORT, schema));
    }

    public static PGSimpleDataSource postgresDataSource(int port, String schema) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setServerNames(new String[] {PG_HOST});
        ds.setPortNumbers(new int[] {port});
        ds.setDatabaseName("test");
        ds.setUser("postgres");
        ds.setCurrentSchema(schema);
        return ds;
    }

    private static void dropStale(Connection c) throws SQLException {
        long hourAgo = System.currentTimeMillis() / 1000 - 3600;
        List<String> stale = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT nspname FROM pg_namespace WHERE nspname LIKE '" + PREFIX + "%'")) {
            while (rs.next()) {
                String[] parts = rs.getString(1).split("_");
                if (parts.length >= 3 && parts[2].matches("\\d+") && Long.parseLong(parts[2]) < hourAgo) {
                    stale.add(rs.getString(1));
                }
            }
        }
        try (Statement s = c.createStatement()) {
            for (String schema : stale) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    public Dialect dialect() {
        return dialect;
    }

    public String name() {
        return name;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public EntityManagerFactory entityManagerFactory(DataSource through) {
        return Persistence.createEntityManagerFactory("wavegrid", Map.of("javax.persistence.nonJtaDataSource", through));
    }

    /** Empties every Wavegrid table, children first. */
    public void clear() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String table : List.of("trading_signal_targets", "trading_signal_reasons", "trading_signals", "trade_executions",
                    "grid_levels", "grid_parameters", "grids", "users", "market_data", "analysis_results", "orders", "positions",
                    "audit_log", "strategy_config_properties", "strategy_config_history")) {
                s.execute("DELETE FROM " + table);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot empty the test database: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws SQLException {
        if (dialect == Dialect.POSTGRESQL) {
            try (Connection c = DriverManager.getConnection(PG_ADMIN_URL); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
            }
        } else {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            }
        }
    }
}
