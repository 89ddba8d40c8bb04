package io.wavegrid.persistence.internal.repository;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.wavegrid.infra.api.PositionRepository;
import io.wavegrid.infra.api.StoreUnavailableException;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.persistence.internal.Database;
import io.wavegrid.persistence.internal.entity.SymbolColumn;
import io.wavegrid.trading.api.Position;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Current positions in {@code positions}, one row per account and symbol: an update of the row, or its insert when
 * there is none yet. Plain JDBC: a position is saved on the trading thread after every fill.
 */
@Component(service = PositionRepository.class, property = "infra.backend=database")
public class JdbcPositionRepository implements PositionRepository {

    private static final String UPDATE = "UPDATE positions SET quantity = ?, average_entry = ?, realized_pnl = ?, unrealized_pnl = ?,"
            + " fees = ? WHERE account = ? AND symbol = ?";
    private static final String INSERT = "INSERT INTO positions (quantity, average_entry, realized_pnl, unrealized_pnl, fees, account, symbol)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)";
    private static final String COLUMNS = "account, symbol, quantity, average_entry, realized_pnl, unrealized_pnl, fees";
    private static final String FIND = "SELECT " + COLUMNS + " FROM positions WHERE account = ? AND symbol = ?";
    private static final String ALL = "SELECT " + COLUMNS + " FROM positions WHERE account = ?";

    private final Jdbc jdbc;

    @Activate
    public JdbcPositionRepository(@Reference Database database) {
        this.jdbc = new Jdbc(database.dataSource(), "position repository");
    }

    @Override
    public void save(Position position) {
        if (jdbc.update(UPDATE, s -> bind(s, position), "saving position", position) == 1) {
            return;
        }
        try {
            jdbc.update(INSERT, s -> bind(s, position), "saving position", position);
        } catch (StoreUnavailableException e) {
            if (!Jdbc.isDuplicateKey(e)) {
                throw e;
            }
            // Another thread inserted the row first: this position is the newer word.
            jdbc.update(UPDATE, s -> bind(s, position), "saving position", position);
        }
    }

    @Override
    public Optional<Position> find(String account, Symbol symbol) {
        return jdbc.one(FIND, s -> {
            s.setString(1, account);
            s.setString(2, SymbolColumn.store(symbol));
        }, JdbcPositionRepository::read, "reading position of " + account, symbol);
    }

    @Override
    public List<Position> all(String account) {
        // sorted here: the database's collation may not order "BTC/USDT" like Symbol does
        return jdbc.list(ALL, s -> s.setString(1, account), JdbcPositionRepository::read, "listing positions of", account)
                .stream().sorted(Comparator.comparing(Position::symbol)).toList();
    }

    /** The same parameter order for the update and the insert: the values, then the key. */
    private static void bind(PreparedStatement s, Position p) throws SQLException {
        s.setBigDecimal(1, p.quantity());
        Jdbc.decimal(s, 2, p.averageEntry());
        Jdbc.decimal(s, 3, p.realizedPnl());
        Jdbc.decimal(s, 4, p.unrealizedPnl());
        Jdbc.decimal(s, 5, p.fees());
        s.setString(6, p.account());
        s.setString(7, SymbolColumn.store(p.symbol()));
    }

    private static Position read(ResultSet row) throws SQLException {
        return new Position(row.getString(1), SymbolColumn.load(row.getString(2)), row.getBigDecimal(3), row.getBigDecimal(4),
                row.getBigDecimal(5), row.getBigDecimal(6), row.getBigDecimal(7));
    }
}
