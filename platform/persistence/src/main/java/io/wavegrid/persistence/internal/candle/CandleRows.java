package io.wavegrid.persistence.internal.candle;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import io.wavegrid.market.api.Candle;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Timeframe;

/** Conversions between candle fields and {@code market_data} columns. */
final class CandleRows {

    private CandleRows() {
    }

    static OffsetDateTime timestamp(long epochMillis) {
        return OffsetDateTime.ofInstant(Instant.ofEpochMilli(epochMillis), ZoneOffset.UTC);
    }

    static long epochMillis(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant().toEpochMilli();
    }

    /** The shortest decimal that reads back as the same double, as {@link Double#toString} writes it. */
    static BigDecimal decimal(double value) {
        return BigDecimal.valueOf(value);
    }

    /** Reads a candle from columns open_time, open, high, low, close, volume (in that order). */
    static Candle candle(Symbol symbol, Timeframe timeframe, ResultSet rs) throws SQLException {
        return new Candle(symbol, timeframe, epochMillis(rs, 1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4),
                rs.getDouble(5), rs.getDouble(6));
    }
}
