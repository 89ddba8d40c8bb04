package io.wavegrid.infra.api;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One version of a strategy's configuration (weights, thresholds, parameters).
 *
 * @param pid        the Config Admin PID, e.g. {@code io.wavegrid.strategy.confluence~default}
 * @param properties the complete configuration after the change
 * @param changedBy  the user or component that made the change
 */
public record StrategyConfigChange(String pid, Map<String, String> properties, String changedBy, Instant time) {

    public StrategyConfigChange {
        if (pid == null || pid.isBlank() || pid.length() > 200) {
            throw new IllegalArgumentException("strategy configuration PID must be 1-200 characters, got '" + pid + "'");
        }
        if (changedBy == null || changedBy.isBlank() || changedBy.length() > 100) {
            throw new IllegalArgumentException("changedBy must be 1-100 characters, got '" + changedBy + "'");
        }
        Objects.requireNonNull(time, "time");
        properties = Map.copyOf(properties);
    }
}
