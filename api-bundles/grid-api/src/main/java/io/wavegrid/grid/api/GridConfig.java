package io.wavegrid.grid.api;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

import io.wavegrid.market.api.Symbol;

/**
 * What a trader asks of a grid.
 *
 * @param type       the generator to use, e.g. "standard", "fibonacci", "elliott"
 * @param investment quote-asset amount the grid may commit
 * @param parameters generator-specific settings
 */
public record GridConfig(Symbol symbol, String type, BigDecimal lower, BigDecimal upper, int levels,
                         BigDecimal investment, Spacing spacing, Map<String, String> parameters) {

    public GridConfig {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(spacing, "spacing");
        if (type == null || type.isBlank()) {
            throw new IllegalArgumentException("grid needs a type");
        }
        if (lower == null || upper == null || lower.signum() <= 0 || upper.compareTo(lower) <= 0) {
            throw new IllegalArgumentException("grid range must satisfy 0 < lower < upper, got " + lower + " .. " + upper);
        }
        if (levels < 2 || levels > 500) {
            throw new IllegalArgumentException("grid levels must be between 2 and 500, got " + levels);
        }
        if (investment == null || investment.signum() <= 0) {
            throw new IllegalArgumentException("grid investment must be positive, got " + investment);
        }
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
    }
}
