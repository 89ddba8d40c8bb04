package io.wavegrid.persistence.internal.repository;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import io.wavegrid.infra.api.ExecutionRepository;
import io.wavegrid.infra.api.StoreUnavailableException;
import io.wavegrid.market.api.Side;
import io.wavegrid.persistence.internal.Database;
import io.wavegrid.persistence.internal.entity.SymbolColumn;
import io.wavegrid.trading.api.Fill;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Fills in {@code trade_executions}, recorded once per account, symbol and trade id: the unique key refuses a fill
 * reported again. Plain JDBC: fills are recorded on the trading thread as the exchange reports them.
 */
@Component(service = ExecutionRepository.class, property = "infra.backend=database")
public class JdbcExecutionRepository implements ExecutionRepository {

    private static final String COLUMNS = "trade_id, client_order_id, exchange_order_id, symbol, side, price, quantity, fee, fee_asset,"
            + " maker, executed_at";
    private static final String INSERT = "INSERT INTO trade_executions (account, " + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String FOR_ORDER = "SELECT " + COLUMNS + " FROM trade_executions WHERE client_order_id = ?"
            + " ORDER BY executed_at, trade_id";
    private static final String RECENT = "SELECT " + COLUMNS + " FROM trade_executions WHERE account = ?"
            + " ORDER BY executed_at DESC, trade_id DESC";

    private final Jdbc jdbc;

    @Activate
    public JdbcExecutionRepository(@Reference Database database) {
        this.jdbc = new Jdbc(database.dataSource(), "execution repository");
    }

    @Override
    public boolean record(String account, Fill fill) {
        try {
            jdbc.update(INSERT, s -> bind(s, account, fill), "recording fill", fill.tradeId());
            return true;
        } catch (StoreUnavailableException e) {
            if (Jdbc.isDuplicateKey(e)) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public List<Fill> forOrder(String clientOrderId) {
        return jdbc.list(FOR_ORDER, s -> s.setString(1, clientOrderId), JdbcExecutionRepository::read,
                "listing fills of order", clientOrderId);
    }

    @Override
    public List<Fill> recent(String account, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return jdbc.list(RECENT, s -> {
            s.setString(1, account);
            s.setMaxRows(limit);
        }, JdbcExecutionRepository::read, "listing fills of", account);
    }

    private static void bind(PreparedStatement s, String account, Fill fill) throws SQLException {
        s.setString(1, account);
        s.setString(2, fill.tradeId());
        s.setString(3, fill.clientOrderId());
        s.setString(4, fill.exchangeOrderId());
        s.setString(5, SymbolColumn.store(fill.symbol()));
        s.setString(6, fill.side().name());
        s.setBigDecimal(7, fill.price());
        s.setBigDecimal(8, fill.quantity());
        s.setBigDecimal(9, fill.fee());
        s.setString(10, fill.feeAsset());
        s.setBoolean(11, fill.maker());
        s.setObject(12, Jdbc.utc(fill.time()));
    }

    private static Fill read(ResultSet row) throws SQLException {
        return new Fill(row.getString(1), row.getString(2), row.getString(3), SymbolColumn.load(row.getString(4)),
                Side.valueOf(row.getString(5)), row.getBigDecimal(6), row.getBigDecimal(7), row.getBigDecimal(8), row.getString(9),
                row.getBoolean(10), Jdbc.instant(row, 11));
    }
}
