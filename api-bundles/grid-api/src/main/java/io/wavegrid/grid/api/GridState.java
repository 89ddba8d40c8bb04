package io.wavegrid.grid.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A running grid: its levels, status and the profit of completed buy/sell cycles. */
public record GridState(String gridId, GridConfig config, List<GridLevel> levels, GridStatus status,
                        BigDecimal realizedProfit, int completedCycles, Instant updated) {

    public GridState {
        levels = List.copyOf(levels);
    }
}
