package io.wavegrid.persistence.internal.candle;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;

import io.wavegrid.market.api.Candle;

/** Upserts candles over a connection inside the caller's transaction; the caller commits or rolls back. */
interface CandleWriter {

    /** @param candles at most one candle per symbol, timeframe and open time */
    void upsert(Connection connection, Collection<Candle> candles) throws SQLException;

    String COLUMNS = "symbol, timeframe, open_time, open_price, high_price, low_price, close_price, volume";
}
