package io.wavegrid.persistence.internal.entity;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.MapKeyColumn;
import javax.persistence.OrderColumn;
import javax.persistence.Table;

import io.wavegrid.market.api.Timeframe;
import io.wavegrid.signal.api.Category;
import io.wavegrid.signal.api.Direction;
import io.wavegrid.signal.api.SignalStatus;
import io.wavegrid.signal.api.TradingSignal;

/** A row of {@code trading_signals} with its take-profit targets and per-category reasoning. */
@Entity
@Table(name = "trading_signals")
public class SignalEntity {

    @Id
    private String id;
    private String profile;
    private String symbol;
    private String timeframe;
    private String direction;
    private double confidence;
    @Column(name = "entry_price")
    private BigDecimal entry;
    @Column(name = "stop_loss")
    private BigDecimal stopLoss;
    @Column(name = "created_at")
    private Instant created;
    @Column(name = "expires_at")
    private Instant expires;
    private String status;
    @Column(name = "status_reason")
    private String statusReason;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "trading_signal_targets", joinColumns = @JoinColumn(name = "signal_id"))
    @OrderColumn(name = "target_index")
    @Column(name = "price")
    private List<BigDecimal> targets = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "trading_signal_reasons", joinColumns = @JoinColumn(name = "signal_id"))
    @MapKeyColumn(name = "category")
    @Column(name = "reasoning")
    private Map<String, String> reasons = new HashMap<>();

    protected SignalEntity() {
    }

    public SignalEntity(TradingSignal signal) {
        this.id = signal.id();
        apply(signal);
    }

    public void apply(TradingSignal s) {
        this.profile = s.profile();
        this.symbol = SymbolColumn.store(s.symbol());
        this.timeframe = s.timeframe() == null ? null : s.timeframe().code();
        this.direction = s.direction().name();
        this.confidence = s.confidence();
        this.entry = s.entry();
        this.stopLoss = s.stopLoss();
        this.created = s.timestamp();
        this.expires = s.expiry();
        this.status = s.status().name();
        this.statusReason = s.reason();
        targets.clear();
        targets.addAll(s.takeProfits());
        reasons.clear();
        s.reasoning().forEach((category, text) -> reasons.put(category.key(), text));
    }

    public TradingSignal toSignal() {
        Map<Category, String> reasoning = new EnumMap<>(Category.class);
        reasons.forEach((key, text) -> reasoning.put(Category.parse(key), text));
        return new TradingSignal(id, profile, SymbolColumn.load(symbol), timeframe == null ? null : Timeframe.parse(timeframe),
                Direction.valueOf(direction), confidence, entry, stopLoss, List.copyOf(targets), reasoning, created, expires,
                SignalStatus.valueOf(status), statusReason);
    }
}
