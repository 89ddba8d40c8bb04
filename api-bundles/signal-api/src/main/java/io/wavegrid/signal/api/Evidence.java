package io.wavegrid.signal.api;

import java.util.List;

import io.wavegrid.analysis.api.PriceLevel;

/**
 * One contributor's opinion on the bar that just closed.
 *
 * @param score      direction and strength, -1 (strongly short) to +1 (strongly long)
 * @param confidence how sure the contributor is, 0 to 1
 * @param reasoning  human-readable why, shown to the trader
 * @param levels     entry, stop and target candidates the contributor knows of
 */
public record Evidence(double score, double confidence, String reasoning, List<PriceLevel> levels) {

    public Evidence {
        if (!(score >= -1 && score <= 1)) {
            throw new IllegalArgumentException("evidence score must be within [-1, 1]: " + score);
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("evidence confidence must be within [0, 1]: " + confidence);
        }
        reasoning = reasoning == null ? "" : reasoning;
        levels = levels == null ? List.of() : List.copyOf(levels);
    }

    public Evidence(double score, double confidence, String reasoning) {
        this(score, confidence, reasoning, List.of());
    }
}
