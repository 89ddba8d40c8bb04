package io.wavegrid.persistence.internal.repository;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import io.wavegrid.infra.api.JournaledOrder;
import io.wavegrid.market.api.Side;
import io.wavegrid.persistence.internal.entity.SymbolColumn;
import io.wavegrid.trading.api.Order;
import io.wavegrid.trading.api.OrderRequest;
import io.wavegrid.trading.api.OrderStatus;
import io.wavegrid.trading.api.OrderType;
import io.wavegrid.trading.api.TimeInForce;

/** The {@code orders} table's statements and the mapping of its rows; {@code row_version} guards concurrent updates. */
final class OrderRows {

    /** A journaled order with the row version its update must match. */
    record Versioned(JournaledOrder journaled, long version) {
    }

    private static final String COLUMNS = "client_order_id, account, symbol, side, order_type, time_in_force, quantity, price,"
            + " stop_price, exchange_order_id, status, filled_quantity, average_price, reject_reason, created_at, updated_at, row_version";
    static final String INSERT = "INSERT INTO orders (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)";
    /** Takes back a row just inserted, before anyone else could see it journaled (its version is still the first). */
    static final String DELETE_NEW = "DELETE FROM orders WHERE client_order_id = ? AND row_version = 0";
    static final String FIND = "SELECT " + COLUMNS + " FROM orders WHERE client_order_id = ?";
    static final String OPEN = "SELECT " + COLUMNS + " FROM orders WHERE account = ? AND status IN ('NEW', 'SUBMITTED', 'PARTIALLY_FILLED')"
            + " ORDER BY created_at, client_order_id";
    static final String ENDED_WITH_FILLS = "SELECT " + COLUMNS + " FROM orders WHERE account = ?"
            + " AND status IN ('FILLED', 'CANCELLED', 'REJECTED', 'EXPIRED') AND filled_quantity > 0 AND updated_at >= ?"
            + " ORDER BY updated_at, client_order_id";
    static final String UPDATE = "UPDATE orders SET exchange_order_id = ?, status = ?, filled_quantity = ?, average_price = ?,"
            + " reject_reason = ?, updated_at = ?, row_version = row_version + 1 WHERE client_order_id = ? AND row_version = ?";

    private OrderRows() {
    }

    static void bindInsert(PreparedStatement s, JournaledOrder journaled) throws SQLException {
        Order order = journaled.order();
        OrderRequest r = order.request();
        s.setString(1, r.clientOrderId());
        s.setString(2, journaled.account());
        s.setString(3, SymbolColumn.store(r.symbol()));
        s.setString(4, r.side().name());
        s.setString(5, r.type().name());
        s.setString(6, r.timeInForce().name());
        s.setBigDecimal(7, r.quantity());
        Jdbc.decimal(s, 8, r.price());
        Jdbc.decimal(s, 9, r.stopPrice());
        s.setString(10, order.exchangeOrderId());
        s.setString(11, order.status().name());
        s.setBigDecimal(12, order.filledQuantity());
        Jdbc.decimal(s, 13, order.averagePrice());
        s.setString(14, order.rejectReason());
        s.setObject(15, Jdbc.utc(journaled.created()));
        s.setObject(16, Jdbc.utc(order.updated()));
    }

    static void bindUpdate(PreparedStatement s, Order order, long expectedVersion) throws SQLException {
        s.setString(1, order.exchangeOrderId());
        s.setString(2, order.status().name());
        s.setBigDecimal(3, order.filledQuantity());
        Jdbc.decimal(s, 4, order.averagePrice());
        s.setString(5, order.rejectReason());
        s.setObject(6, Jdbc.utc(order.updated()));
        s.setString(7, order.clientOrderId());
        s.setLong(8, expectedVersion);
    }

    static Versioned read(ResultSet row) throws SQLException {
        OrderRequest request = new OrderRequest(row.getString(1), SymbolColumn.load(row.getString(3)), Side.valueOf(row.getString(4)),
                OrderType.valueOf(row.getString(5)), row.getBigDecimal(7), row.getBigDecimal(8), row.getBigDecimal(9),
                TimeInForce.valueOf(row.getString(6)));
        Order order = new Order(request, row.getString(10), OrderStatus.valueOf(row.getString(11)), row.getBigDecimal(12),
                row.getBigDecimal(13), Jdbc.instant(row, 16), row.getString(14));
        return new Versioned(new JournaledOrder(row.getString(2), order, Jdbc.instant(row, 15)), row.getLong(17));
    }
}
