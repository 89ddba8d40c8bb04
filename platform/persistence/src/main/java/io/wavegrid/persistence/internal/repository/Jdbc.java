package io.wavegrid.persistence.internal.repository;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import io.wavegrid.infra.api.StoreUnavailableException;

/**
 * One statement on a pooled connection in auto-commit, for the stores on the trading path where an
 * {@code EntityManager} and a transaction per call cost more than the write itself. Failures surface as
 * {@link StoreUnavailableException} naming the store, the action and the database's own message.
 */
final class Jdbc {

    @FunctionalInterface
    interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    /** Takes one row of a result without making anything of it (it fills the caller's own structure). */
    @FunctionalInterface
    interface RowConsumer {
        void accept(ResultSet row) throws SQLException;
    }

    @FunctionalInterface
    interface Work {
        void run(Connection connection) throws SQLException;
    }

    private final DataSource dataSource;
    private final String store;

    Jdbc(DataSource dataSource, String store) {
        this.dataSource = dataSource;
        this.store = store;
    }

    DataSource dataSource() {
        return dataSource;
    }

    // Each call names its action and subject apart: the message is put together only when the call fails, so a
    // statement on the trading thread builds no text.

    /** Runs an insert, update or delete; returns the number of rows it changed. */
    int update(String sql, Binder binder, String action, Object subject) {
        try (Connection c = autoCommitting(dataSource.getConnection()); PreparedStatement s = c.prepareStatement(sql)) {
            binder.bind(s);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw unavailable(action + " " + subject, e);
        }
    }

    <T> Optional<T> one(String sql, Binder binder, RowReader<T> reader, String action, Object subject) {
        try (Connection c = autoCommitting(dataSource.getConnection()); PreparedStatement s = c.prepareStatement(sql)) {
            binder.bind(s);
            try (ResultSet row = s.executeQuery()) {
                return row.next() ? Optional.of(reader.read(row)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw unavailable(action + " " + subject, e);
        }
    }

    <T> List<T> list(String sql, Binder binder, RowReader<T> reader, String action, Object subject) {
        List<T> rows = new ArrayList<>();
        forEach(sql, binder, row -> rows.add(reader.read(row)), action, subject);
        return rows;
    }

    /** Runs a query and hands each row to {@code consumer}. */
    void forEach(String sql, Binder binder, RowConsumer consumer, String action, Object subject) {
        try (Connection c = autoCommitting(dataSource.getConnection()); PreparedStatement s = c.prepareStatement(sql)) {
            binder.bind(s);
            try (ResultSet row = s.executeQuery()) {
                while (row.next()) {
                    consumer.accept(row);
                }
            }
        } catch (SQLException e) {
            throw unavailable(action + " " + subject, e);
        }
    }

    /** Runs several statements as one transaction: all of them or, on any failure, none. */
    void inTransaction(Work work, String action, Object subject) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                work.run(c);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(c);
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw unavailable(action + " " + subject, e);
        }
    }

    /** Rolls back after a failure that is reported already; a rollback that fails too means a broken connection. */
    static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the connection is broken; the pool's validation drops it
        }
    }

    /** A pooled connection may come back from a JPA transaction with auto-commit off. */
    static Connection autoCommitting(Connection c) throws SQLException {
        if (!c.getAutoCommit()) {
            c.setAutoCommit(true);
        }
        return c;
    }

    /** Sets a nullable decimal column. */
    static void decimal(PreparedStatement s, int index, BigDecimal value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.NUMERIC);
        } else {
            s.setBigDecimal(index, value);
        }
    }

    /** Timestamps are written in UTC to {@code TIMESTAMP WITH TIME ZONE} columns. */
    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet row, int column) throws SQLException {
        return row.getObject(column, OffsetDateTime.class).toInstant();
    }

    /** Whether the failure was a unique-key violation (SQLSTATE 23505 on PostgreSQL and H2): a concurrent insert won. */
    static boolean isDuplicateKey(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    StoreUnavailableException unavailable(String what, SQLException e) {
        return new StoreUnavailableException(store + ": " + what + " failed: " + e.getMessage(), e);
    }
}
