package io.wavegrid.persistence.internal.candle;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;

import io.wavegrid.market.api.Candle;
import io.wavegrid.persistence.internal.entity.SymbolColumn;

/** Batched JDBC upsert: H2's {@code MERGE ... KEY}, or PostgreSQL's {@code INSERT ... ON CONFLICT} where COPY is out of reach. */
final class BatchedUpsertWriter implements CandleWriter {

    static final String H2_MERGE = "MERGE INTO market_data (" + COLUMNS + ") KEY (symbol, timeframe, open_time)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    static final String POSTGRES_UPSERT = "INSERT INTO market_data (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (symbol, timeframe, open_time) DO UPDATE SET open_price = EXCLUDED.open_price,"
            + " high_price = EXCLUDED.high_price, low_price = EXCLUDED.low_price, close_price = EXCLUDED.close_price,"
            + " volume = EXCLUDED.volume";

    private static final int BATCH = 1_000;

    private final String sql;

    BatchedUpsertWriter(String sql) {
        this.sql = sql;
    }

    @Override
    public void upsert(Connection connection, Collection<Candle> candles) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(sql)) {
            int pending = 0;
            for (Candle c : candles) {
                upsert.setString(1, SymbolColumn.store(c.symbol()));
                upsert.setString(2, c.timeframe().code());
                upsert.setObject(3, CandleRows.timestamp(c.openTime()));
                upsert.setBigDecimal(4, CandleRows.decimal(c.open()));
                upsert.setBigDecimal(5, CandleRows.decimal(c.high()));
                upsert.setBigDecimal(6, CandleRows.decimal(c.low()));
                upsert.setBigDecimal(7, CandleRows.decimal(c.close()));
                upsert.setBigDecimal(8, CandleRows.decimal(c.volume()));
                upsert.addBatch();
                if (++pending == BATCH) {
                    upsert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                upsert.executeBatch();
            }
        }
    }
}
