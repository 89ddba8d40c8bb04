package io.wavegrid.persistence.internal.repository;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import io.wavegrid.infra.api.SignalRepository;
import io.wavegrid.infra.api.StoreUnavailableException;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Timeframe;
import io.wavegrid.persistence.internal.Database;
import io.wavegrid.persistence.internal.entity.SymbolColumn;
import io.wavegrid.signal.api.Category;
import io.wavegrid.signal.api.Direction;
import io.wavegrid.signal.api.SignalStatus;
import io.wavegrid.signal.api.TradingSignal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Trading signals in {@code trading_signals} and its target and reasoning tables, one transaction per save. Plain
 * JDBC: the engine saves every lifecycle move of every signal, and an entity manager per save cost the machine as
 * much CPU as the trading thread itself.
 */
@Component(service = SignalRepository.class, property = "infra.backend=database")
public class JdbcSignalRepository implements SignalRepository {

    private static final String VALUES = "profile = ?, symbol = ?, timeframe = ?, direction = ?, confidence = ?, entry_price = ?,"
            + " stop_loss = ?, created_at = ?, expires_at = ?, status = ?, status_reason = ?";
    private static final String UPDATE = "UPDATE trading_signals SET " + VALUES + " WHERE id = ?";
    private static final String INSERT = "INSERT INTO trading_signals (profile, symbol, timeframe, direction, confidence, entry_price,"
            + " stop_loss, created_at, expires_at, status, status_reason, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String DELETE_TARGETS = "DELETE FROM trading_signal_targets WHERE signal_id = ?";
    private static final String DELETE_REASONS = "DELETE FROM trading_signal_reasons WHERE signal_id = ?";
    private static final String INSERT_TARGET = "INSERT INTO trading_signal_targets (signal_id, target_index, price) VALUES (?, ?, ?)";
    private static final String INSERT_REASON = "INSERT INTO trading_signal_reasons (signal_id, category, reasoning) VALUES (?, ?, ?)";
    private static final String COLUMNS = "id, profile, symbol, timeframe, direction, confidence, entry_price, stop_loss, created_at,"
            + " expires_at, status, status_reason";
    private static final String FIND = "SELECT " + COLUMNS + " FROM trading_signals WHERE id = ?";
    private static final String RECENT = "SELECT " + COLUMNS + " FROM trading_signals WHERE symbol = ? ORDER BY created_at DESC, id DESC";
    private static final String NEWEST_IDS = "SELECT id FROM trading_signals WHERE symbol = ? ORDER BY created_at DESC, id DESC"
            + " FETCH FIRST ? ROWS ONLY";
    private static final String TARGETS_OF_ONE = "SELECT signal_id, target_index, price FROM trading_signal_targets WHERE signal_id = ?";
    private static final String REASONS_OF_ONE = "SELECT signal_id, category, reasoning FROM trading_signal_reasons WHERE signal_id = ?";
    private static final String TARGETS_OF_NEWEST = "SELECT signal_id, target_index, price FROM trading_signal_targets"
            + " WHERE signal_id IN (" + NEWEST_IDS + ")";
    private static final String REASONS_OF_NEWEST = "SELECT signal_id, category, reasoning FROM trading_signal_reasons"
            + " WHERE signal_id IN (" + NEWEST_IDS + ")";

    /** How many signals' written targets and reasoning are remembered: far more than are open at once. */
    static final int REMEMBERED = 10_000;

    private final Jdbc jdbc;
    /**
     * The targets and reasoning this repository last wrote for each recent signal. A signal's lifecycle moves keep
     * them, so a move rewrites only the row, not the two child tables (an update, two deletes and two batches).
     */
    private final Map<String, Written> written = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Written> eldest) {
            return size() > REMEMBERED;
        }
    });

    @Activate
    public JdbcSignalRepository(@Reference Database database) {
        this.jdbc = new Jdbc(database.dataSource(), "signal repository");
    }

    @Override
    public void save(TradingSignal signal) {
        Written children = new Written(signal.takeProfits(), signal.reasoning());
        boolean childrenWritten = children.equals(written.get(signal.id()));
        // Until this save is known to have committed, nothing is remembered of the signal.
        written.remove(signal.id());
        try {
            jdbc.inTransaction(c -> write(c, signal, childrenWritten), "saving signal", signal.id());
        } catch (StoreUnavailableException e) {
            if (!Jdbc.isDuplicateKey(e)) {
                throw e;
            }
            // Another writer inserted the signal between this one's update and insert: it is an update now.
            jdbc.inTransaction(c -> write(c, signal, false), "saving signal", signal.id());
        }
        written.put(signal.id(), children);
    }

    private static void write(Connection c, TradingSignal signal, boolean childrenWritten) throws SQLException {
        int updated;
        try (PreparedStatement s = c.prepareStatement(UPDATE)) {
            bind(s, signal);
            updated = s.executeUpdate();
        }
        if (updated == 0) {
            try (PreparedStatement s = c.prepareStatement(INSERT)) {
                bind(s, signal);
                s.executeUpdate();
            }
        } else if (childrenWritten) {
            return;
        } else {
            deleteChildren(c, DELETE_TARGETS, signal.id());
            deleteChildren(c, DELETE_REASONS, signal.id());
        }
        if (!signal.takeProfits().isEmpty()) {
            try (PreparedStatement s = c.prepareStatement(INSERT_TARGET)) {
                for (int i = 0; i < signal.takeProfits().size(); i++) {
                    s.setString(1, signal.id());
                    s.setInt(2, i);
                    s.setBigDecimal(3, signal.takeProfits().get(i));
                    s.addBatch();
                }
                s.executeBatch();
            }
        }
        if (!signal.reasoning().isEmpty()) {
            try (PreparedStatement s = c.prepareStatement(INSERT_REASON)) {
                for (Map.Entry<Category, String> reason : signal.reasoning().entrySet()) {
                    s.setString(1, signal.id());
                    s.setString(2, reason.getKey().key());
                    s.setString(3, reason.getValue());
                    s.addBatch();
                }
                s.executeBatch();
            }
        }
    }

    private static void deleteChildren(Connection c, String sql, String id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, id);
            s.executeUpdate();
        }
    }

    /** The same parameter order for the update and the insert: the values, then the id. */
    private static void bind(PreparedStatement s, TradingSignal signal) throws SQLException {
        s.setString(1, signal.profile());
        s.setString(2, SymbolColumn.store(signal.symbol()));
        s.setString(3, signal.timeframe() == null ? null : signal.timeframe().code());
        s.setString(4, signal.direction().name());
        s.setDouble(5, signal.confidence());
        s.setBigDecimal(6, signal.entry());
        s.setBigDecimal(7, signal.stopLoss());
        s.setObject(8, Jdbc.utc(signal.timestamp()));
        s.setObject(9, signal.expiry() == null ? null : Jdbc.utc(signal.expiry()));
        s.setString(10, signal.status().name());
        s.setString(11, signal.reason());
        s.setString(12, signal.id());
    }

    @Override
    public Optional<TradingSignal> find(String id) {
        Optional<Row> row = jdbc.one(FIND, s -> s.setString(1, id), Row::read, "reading signal", id);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        Children children = new Children();
        jdbc.forEach(TARGETS_OF_ONE, s -> s.setString(1, id), children::target, "reading targets of signal", id);
        jdbc.forEach(REASONS_OF_ONE, s -> s.setString(1, id), children::reason, "reading reasoning of signal", id);
        return Optional.of(row.get().signal(children));
    }

    @Override
    public List<TradingSignal> recent(Symbol symbol, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        String stored = SymbolColumn.store(symbol);
        List<Row> rows = jdbc.list(RECENT, s -> {
            s.setString(1, stored);
            s.setMaxRows(limit);
        }, Row::read, "listing signals of", symbol);
        if (rows.isEmpty()) {
            return List.of();
        }
        Children children = new Children();
        Jdbc.Binder newest = s -> {
            s.setString(1, stored);
            s.setInt(2, limit);
        };
        jdbc.forEach(TARGETS_OF_NEWEST, newest, children::target, "reading targets of the signals of", symbol);
        jdbc.forEach(REASONS_OF_NEWEST, newest, children::reason, "reading reasoning of the signals of", symbol);
        List<TradingSignal> signals = new ArrayList<>(rows.size());
        rows.forEach(row -> signals.add(row.signal(children)));
        return signals;
    }

    /** A signal's targets and reasoning as written. */
    private record Written(List<BigDecimal> targets, Map<Category, String> reasoning) {
    }

    /** A signal's own row, before its targets and reasoning join it. */
    private record Row(String id, String profile, String symbol, String timeframe, String direction, double confidence,
                       BigDecimal entry, BigDecimal stop, Instant created,
                       Instant expires, String status, String reason) {

        static Row read(ResultSet r) throws SQLException {
            return new Row(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5), r.getDouble(6),
                    r.getBigDecimal(7), r.getBigDecimal(8), Jdbc.instant(r, 9), r.getObject(10) == null ? null : Jdbc.instant(r, 10),
                    r.getString(11), r.getString(12));
        }

        TradingSignal signal(Children children) {
            return new TradingSignal(id, profile, SymbolColumn.load(symbol), timeframe == null ? null : Timeframe.parse(timeframe),
                    Direction.valueOf(direction), confidence, entry, stop, children.targets(id), children.reasoning(id), created,
                    expires, SignalStatus.valueOf(status), reason);
        }
    }

    /** Targets (in their order) and reasoning of the signals read, by signal id. */
    private static final class Children {
        private final Map<String, Map<Integer, BigDecimal>> targets = new HashMap<>();
        private final Map<String, Map<Category, String>> reasons = new HashMap<>();

        void target(ResultSet r) throws SQLException {
            targets.computeIfAbsent(r.getString(1), id -> new TreeMap<>()).put(r.getInt(2), r.getBigDecimal(3));
        }

        void reason(ResultSet r) throws SQLException {
            reasons.computeIfAbsent(r.getString(1), id -> new EnumMap<>(Category.class)).put(Category.parse(r.getString(2)),
                    r.getString(3));
        }

        List<BigDecimal> targets(String id) {
            return List.copyOf(targets.getOrDefault(id, Map.of()).values());
        }

        Map<Category, String> reasoning(String id) {
            return reasons.getOrDefault(id, Map.of());
        }
    }
}
