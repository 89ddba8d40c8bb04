package io.wavegrid.persistence.internal.entity;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.MapKeyColumn;
import javax.persistence.Table;

import io.wavegrid.infra.api.StrategyConfigChange;

/** A row of {@code strategy_config_history} with the complete configuration in {@code strategy_config_properties}. */
@Entity
@Table(name = "strategy_config_history")
public class ConfigChangeEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String pid;
    @Column(name = "changed_by")
    private String changedBy;
    @Column(name = "changed_at")
    private Instant changedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "strategy_config_properties", joinColumns = @JoinColumn(name = "change_id"))
    @MapKeyColumn(name = "prop_name")
    @Column(name = "prop_value")
    private Map<String, String> properties = new HashMap<>();

    protected ConfigChangeEntity() {
    }

    public ConfigChangeEntity(StrategyConfigChange change) {
        this.pid = change.pid();
        this.changedBy = change.changedBy();
        this.changedAt = change.time();
        this.properties.putAll(change.properties());
    }

    public StrategyConfigChange toChange() {
        return new StrategyConfigChange(pid, properties, changedBy, changedAt);
    }
}
