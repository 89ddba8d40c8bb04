package io.wavegrid.persistence.internal.candle;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import io.wavegrid.market.api.Candle;
import io.wavegrid.persistence.internal.entity.SymbolColumn;

/**
 * PostgreSQL: COPY the batch into a transaction-scoped temporary table, then one
 * {@code INSERT ... ON CONFLICT DO UPDATE} moves it into {@code market_data}. COPY is the fastest way into
 * PostgreSQL, and the staging step turns it into an idempotent upsert. The only class touching the driver's
 * own API, loaded only on PostgreSQL.
 */
final class PostgresCopyWriter implements CandleWriter {

    private static final int CHUNK = 1 << 16;
    private static final String STAGING = "CREATE TEMPORARY TABLE wavegrid_candle_batch (symbol VARCHAR(40), timeframe VARCHAR(4),"
            + " open_ms BIGINT, open_price NUMERIC, high_price NUMERIC, low_price NUMERIC, close_price NUMERIC, volume NUMERIC)"
            + " ON COMMIT DROP";
    private static final String COPY = "COPY wavegrid_candle_batch FROM STDIN (FORMAT text)";
    private static final String MOVE = "INSERT INTO market_data (" + COLUMNS + ")"
            + " SELECT symbol, timeframe, TIMESTAMP WITH TIME ZONE 'epoch' + open_ms * INTERVAL '1 millisecond',"
            + " open_price, high_price, low_price, close_price, volume FROM wavegrid_candle_batch"
            + " ON CONFLICT (symbol, timeframe, open_time) DO UPDATE SET open_price = EXCLUDED.open_price,"
            + " high_price = EXCLUDED.high_price, low_price = EXCLUDED.low_price, close_price = EXCLUDED.close_price,"
            + " volume = EXCLUDED.volume";

    static boolean supports(Connection connection) throws SQLException {
        return connection.isWrapperFor(PGConnection.class);
    }

    @Override
    public void upsert(Connection connection, Collection<Candle> candles) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(STAGING);
            copy(connection.unwrap(PGConnection.class), candles);
            statement.executeUpdate(MOVE);
        }
    }

    private static void copy(PGConnection pg, Collection<Candle> candles) throws SQLException {
        CopyIn in = pg.getCopyAPI().copyIn(COPY);
        try {
            StringBuilder rows = new StringBuilder(CHUNK + 256);
            for (Candle c : candles) {
                // symbols and timeframes are [A-Z0-9/] and numbers never need COPY escaping
                rows.append(SymbolColumn.store(c.symbol())).append('\t').append(c.timeframe().code()).append('\t')
                        .append(c.openTime()).append('\t').append(c.open()).append('\t').append(c.high()).append('\t')
                        .append(c.low()).append('\t').append(c.close()).append('\t').append(c.volume()).append('\n');
                if (rows.length() >= CHUNK) {
                    write(in, rows);
                }
            }
            write(in, rows);
            in.endCopy();
        } finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
    }

    private static void write(CopyIn in, StringBuilder rows) throws SQLException {
        byte[] bytes = rows.toString().getBytes(StandardCharsets.US_ASCII);
        in.writeToCopy(bytes, 0, bytes.length);
        rows.setLength(0);
    }
}
