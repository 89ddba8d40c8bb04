package io.wavegrid.persistence.internal.repository;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import io.wavegrid.infra.api.JournaledOrder;
import io.wavegrid.infra.api.StoreUnavailableException;
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
    static final String EXISTS = "SELECT 1 FROM orders WHERE client_order_id = ?";
    static final String FIND = "SELECT " + COLUMNS + " FROM orders WHERE client_order_id = ?";
    static final String OPEN = "SELECT " + COLUMNS + " FROM orders WHERE account = ? AND status IN ('NEW', 'SUBMITTED', 'PARTIALLY_FILLED')"
            + " ORDER BY created_at, client_order_id";
    static final String ENDED_WITH_FILLS = "SELECT " + COLUMNS + " FROM orders WHERE account = ?"
            + " AND status IN ('FILLED', 'CANCELLED', 'REJECTED', 'EXPIRED') AND filled_quantity > 0 AND updated_at >= ?"
            + " ORDER BY updated_at, client_order_id";
    static final String UPDATE = "UPDATE orders SET exchange_order_id = ?, status = ?, filled_quantity = ?, average_price = ?,"
            + " reject_reason = ?, updated_at = ?, row_version = row_version + 1 WHERE client_order_id = ? AND row_version = ?";

    /**
     * The widths of the table's columns (V3__orders_positions_audit.sql) that the API's types do not keep to already
     * (they bound the client order id and the account); {@code OrderRowLimitsTest} holds them to the table.
     */
    static final int SYMBOL_CHARS = 40;
    static final int EXCHANGE_ID_CHARS = 64;
    static final int REJECT_REASON_CHARS = 500;
    /** NUMERIC(30, 12): 18 digits before the point. */
    static final int INTEGER_DIGITS = 18;

    private OrderRows() {
    }

    /**
     * Why the table would refuse the row, or null when it takes it. Asked before an order's row is left for later:
     * the order is sent before its row is inserted, and a row the table refuses then could never be stored.
     */
    static String unfit(JournaledOrder journaled) {
        Order order = journaled.order();
        OrderRequest r = order.request();
        String tooLong = tooLong("symbol", SymbolColumn.store(r.symbol()), SYMBOL_CHARS);
        tooLong = tooLong != null ? tooLong : tooLong("exchange order id", order.exchangeOrderId(), EXCHANGE_ID_CHARS);
        tooLong = tooLong != null ? tooLong : tooLong("reject reason", order.rejectReason(), REJECT_REASON_CHARS);
        if (tooLong != null) {
            return tooLong;
        }
        String tooLarge = tooLarge("quantity", r.quantity());
        tooLarge = tooLarge != null ? tooLarge : tooLarge("price", r.price());
        tooLarge = tooLarge != null ? tooLarge : tooLarge("stop price", r.stopPrice());
        tooLarge = tooLarge != null ? tooLarge : tooLarge("filled quantity", order.filledQuantity());
        return tooLarge != null ? tooLarge : tooLarge("average price", order.averagePrice());
    }

    private static String tooLong(String what, String value, int chars) {
        return value != null && value.length() > chars ? what + " is longer than " + chars + " characters" : null;
    }

    private static String tooLarge(String what, BigDecimal value) {
        return value != null && value.precision() - value.scale() > INTEGER_DIGITS
                ? what + " " + value.toPlainString() + " has more than " + INTEGER_DIGITS + " digits before the point" : null;
    }

    /**
     * Inserts the order's row; false, changing nothing, when the table holds a row under its client order id already.
     *
     * @throws StoreUnavailableException when the database fails otherwise
     */
    static boolean insertUnlessPresent(Jdbc jdbc, JournaledOrder row, String action) {
        String id = row.order().clientOrderId();
        try {
            jdbc.update(INSERT, s -> bindInsert(s, row), action, id);
            return true;
        } catch (StoreUnavailableException e) {
            if (!Jdbc.isDuplicateKey(e)) {
                throw e;
            }
            return false;
        }
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
