package io.wavegrid.persistence.internal.entity;

import java.math.BigDecimal;
import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import io.wavegrid.market.api.Side;
import io.wavegrid.trading.api.Fill;

/** A row of {@code trade_executions}: one fill, unique per account, symbol and exchange trade id. */
@Entity
@Table(name = "trade_executions")
public class ExecutionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String account;
    private String symbol;
    @Column(name = "trade_id")
    private String tradeId;
    @Column(name = "client_order_id")
    private String clientOrderId;
    @Column(name = "exchange_order_id")
    private String exchangeOrderId;
    private String side;
    private BigDecimal price;
    private BigDecimal quantity;
    private BigDecimal fee;
    @Column(name = "fee_asset")
    private String feeAsset;
    private boolean maker;
    @Column(name = "executed_at")
    private Instant executed;

    protected ExecutionEntity() {
    }

    public ExecutionEntity(String account, Fill fill) {
        this.account = account;
        this.symbol = SymbolColumn.store(fill.symbol());
        this.tradeId = fill.tradeId();
        this.clientOrderId = fill.clientOrderId();
        this.exchangeOrderId = fill.exchangeOrderId();
        this.side = fill.side().name();
        this.price = fill.price();
        this.quantity = fill.quantity();
        this.fee = fill.fee();
        this.feeAsset = fill.feeAsset();
        this.maker = fill.maker();
        this.executed = fill.time();
    }

    public Fill toFill() {
        return new Fill(tradeId, clientOrderId, exchangeOrderId, SymbolColumn.load(symbol), Side.valueOf(side), price, quantity, fee,
                feeAsset, maker, executed);
    }
}
