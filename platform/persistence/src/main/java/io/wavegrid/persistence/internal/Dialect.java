package io.wavegrid.persistence.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/** The databases Wavegrid runs on; the few statements that differ are chosen by it. */
public enum Dialect {
    H2, POSTGRESQL;

    static Dialect of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        String p = product.toLowerCase(Locale.ROOT);
        if (p.contains("postgres")) {
            return POSTGRESQL;
        }
        if (p.equals("h2")) {
            return H2;
        }
        throw new IllegalStateException("unsupported database '" + product + "': Wavegrid runs on PostgreSQL or H2");
    }
}
