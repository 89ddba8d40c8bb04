package io.wavegrid.persistence.internal.candle;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import javax.sql.DataSource;

import io.wavegrid.infra.api.StoreUnavailableException;
import io.wavegrid.market.api.Candle;
import io.wavegrid.market.api.CandleStore;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.TimeRange;
import io.wavegrid.market.api.Timeframe;
import io.wavegrid.persistence.internal.Database;
import io.wavegrid.persistence.internal.Dialect;
import io.wavegrid.persistence.internal.entity.SymbolColumn;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Candle history in {@code market_data} through plain JDBC: bulk writes are too many rows for an
 * {@code EntityManager}. Every upsert is one transaction, so a failure stores none of the batch. Prices and
 * volumes are kept to 12 decimal places.
 */
@Component(service = CandleStore.class)
public class JdbcCandleStore implements CandleStore {

    private static final String RANGE = "SELECT open_time, open_price, high_price, low_price, close_price, volume FROM market_data"
            + " WHERE symbol = ? AND timeframe = ? AND open_time >= ? AND open_time < ? ORDER BY open_time";
    private static final String OPEN_TIMES = "SELECT open_time FROM market_data"
            + " WHERE symbol = ? AND timeframe = ? AND open_time >= ? AND open_time < ? ORDER BY open_time";
    private static final String LATEST = "SELECT MAX(open_time) FROM market_data WHERE symbol = ? AND timeframe = ?";

    private final DataSource dataSource;
    private final Dialect dialect;

    @Activate
    public JdbcCandleStore(@Reference Database database) {
        this.dataSource = database.dataSource();
        this.dialect = database.dialect();
    }

    @Override
    public int upsert(List<Candle> candles) {
        Collection<Candle> unique = lastPerKey(candles);
        if (unique.isEmpty()) {
            return 0;
        }
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                writerFor(c).upsert(c, unique);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new StoreUnavailableException("candle store: storing " + unique.size() + " candles failed, none stored: " + e.getMessage(), e);
        }
        return unique.size();
    }

    private CandleWriter writerFor(Connection c) throws SQLException {
        if (dialect == Dialect.H2) {
            return new BatchedUpsertWriter(BatchedUpsertWriter.H2_MERGE);
        }
        return PostgresCopyWriter.supports(c) ? new PostgresCopyWriter() : new BatchedUpsertWriter(BatchedUpsertWriter.POSTGRES_UPSERT);
    }

    /** One candle per key, the last one given winning, in first-seen order. */
    private static Collection<Candle> lastPerKey(List<Candle> candles) {
        Map<String, Candle> byKey = new LinkedHashMap<>(candles.size() * 2);
        for (Candle c : candles) {
            if (c == null) {
                throw new IllegalArgumentException("candle list contains null; nothing stored");
            }
            byKey.put(c.symbol().code() + '/' + c.timeframe().code() + '/' + c.openTime(), c);
        }
        return byKey.values();
    }

    @Override
    public List<Candle> range(Symbol symbol, Timeframe timeframe, long from, long to) {
        return query("reading candles", RANGE, symbol, timeframe, from, to, rs -> {
            List<Candle> candles = new ArrayList<>();
            while (rs.next()) {
                candles.add(CandleRows.candle(symbol, timeframe, rs));
            }
            return candles;
        });
    }

    @Override
    public OptionalLong latestOpenTime(Symbol symbol, Timeframe timeframe) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(LATEST)) {
            s.setString(1, SymbolColumn.store(symbol));
            s.setString(2, timeframe.code());
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && rs.getObject(1) != null ? OptionalLong.of(CandleRows.epochMillis(rs, 1)) : OptionalLong.empty();
            }
        } catch (SQLException e) {
            throw new StoreUnavailableException("candle store: reading the latest " + symbol + " " + timeframe.code() + " candle failed: "
                    + e.getMessage(), e);
        }
    }

    @Override
    public List<TimeRange> gaps(Symbol symbol, Timeframe timeframe, long from, long to) {
        return query("finding gaps", OPEN_TIMES, symbol, timeframe, from, to, rs -> {
            Gaps gaps = new Gaps(timeframe, from, to);
            while (rs.next()) {
                gaps.present(CandleRows.epochMillis(rs, 1));
            }
            return gaps.finish();
        });
    }

    private interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> T query(String what, String sql, Symbol symbol, Timeframe timeframe, long from, long to, RowReader<T> reader) {
        if (to < from) {
            throw new IllegalArgumentException("time range ends before it starts: " + from + " .. " + to);
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setFetchSize(10_000);
            s.setString(1, SymbolColumn.store(symbol));
            s.setString(2, timeframe.code());
            s.setObject(3, CandleRows.timestamp(from));
            s.setObject(4, CandleRows.timestamp(to));
            try (ResultSet rs = s.executeQuery()) {
                return reader.read(rs);
            }
        } catch (SQLException e) {
            throw new StoreUnavailableException("candle store: " + what + " for " + symbol + " " + timeframe.code() + " failed: "
                    + e.getMessage(), e);
        }
    }
}
