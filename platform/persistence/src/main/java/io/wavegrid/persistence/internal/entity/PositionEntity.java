package io.wavegrid.persistence.internal.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

import io.wavegrid.trading.api.Position;

/** A row of {@code positions}: the current position of one account in one symbol. */
@Entity
@Table(name = "positions")
@IdClass(PositionEntity.Key.class)
public class PositionEntity {

    /** Composite primary key (account, symbol). */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String account;
        private String symbol;

        protected Key() {
        }

        public Key(String account, String symbol) {
            this.account = account;
            this.symbol = symbol;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.account.equals(account) && k.symbol.equals(symbol);
        }

        @Override
        public int hashCode() {
            return Objects.hash(account, symbol);
        }
    }

    @Id
    private String account;
    @Id
    private String symbol;
    private BigDecimal quantity;
    @Column(name = "average_entry")
    private BigDecimal averageEntry;
    @Column(name = "realized_pnl")
    private BigDecimal realizedPnl;
    @Column(name = "unrealized_pnl")
    private BigDecimal unrealizedPnl;
    private BigDecimal fees;

    protected PositionEntity() {
    }

    public PositionEntity(Position position) {
        this.account = position.account();
        this.symbol = SymbolColumn.store(position.symbol());
        apply(position);
    }

    public void apply(Position p) {
        this.quantity = p.quantity();
        this.averageEntry = p.averageEntry();
        this.realizedPnl = p.realizedPnl();
        this.unrealizedPnl = p.unrealizedPnl();
        this.fees = p.fees();
    }

    public Position toPosition() {
        return new Position(account, SymbolColumn.load(symbol), quantity, averageEntry, realizedPnl, unrealizedPnl, fees);
    }
}
