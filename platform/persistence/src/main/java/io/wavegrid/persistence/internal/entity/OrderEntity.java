package io.wavegrid.persistence.internal.entity;

import java.math.BigDecimal;
import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import io.wavegrid.infra.api.JournaledOrder;
import io.wavegrid.market.api.Side;
import io.wavegrid.trading.api.Order;
import io.wavegrid.trading.api.OrderRequest;
import io.wavegrid.trading.api.OrderStatus;
import io.wavegrid.trading.api.OrderType;
import io.wavegrid.trading.api.TimeInForce;

/** A row of the order journal. */
@Entity
@Table(name = "orders")
public class OrderEntity {

    @Id
    @Column(name = "client_order_id")
    private String clientOrderId;
    private String account;
    private String symbol;
    private String side;
    @Column(name = "order_type")
    private String type;
    @Column(name = "time_in_force")
    private String timeInForce;
    private BigDecimal quantity;
    private BigDecimal price;
    @Column(name = "stop_price")
    private BigDecimal stopPrice;
    @Column(name = "exchange_order_id")
    private String exchangeOrderId;
    private String status;
    @Column(name = "filled_quantity")
    private BigDecimal filledQuantity;
    @Column(name = "average_price")
    private BigDecimal averagePrice;
    @Column(name = "reject_reason")
    private String rejectReason;
    @Column(name = "created_at")
    private Instant created;
    @Column(name = "updated_at")
    private Instant updated;
    /** Optimistic lock: two concurrent updates of one order cannot both win. */
    @Version
    @Column(name = "row_version")
    private long version;

    protected OrderEntity() {
    }

    public OrderEntity(JournaledOrder journaled) {
        OrderRequest r = journaled.order().request();
        this.clientOrderId = r.clientOrderId();
        this.account = journaled.account();
        this.symbol = SymbolColumn.store(r.symbol());
        this.side = r.side().name();
        this.type = r.type().name();
        this.timeInForce = r.timeInForce().name();
        this.quantity = r.quantity();
        this.price = r.price();
        this.stopPrice = r.stopPrice();
        this.created = journaled.created();
        apply(journaled.order());
    }

    /** Takes over the exchange-side state of {@code order}; the request never changes. */
    public void apply(Order order) {
        this.exchangeOrderId = order.exchangeOrderId();
        this.status = order.status().name();
        this.filledQuantity = order.filledQuantity();
        this.averagePrice = order.averagePrice();
        this.rejectReason = order.rejectReason();
        this.updated = order.updated();
    }

    public JournaledOrder toJournaledOrder() {
        OrderRequest request = new OrderRequest(clientOrderId, SymbolColumn.load(symbol), Side.valueOf(side), OrderType.valueOf(type),
                quantity, price, stopPrice, TimeInForce.valueOf(timeInForce));
        Order order = new Order(request, exchangeOrderId, OrderStatus.valueOf(status), filledQuantity, averagePrice, updated, rejectReason);
        return new JournaledOrder(account, order, created);
    }
}
