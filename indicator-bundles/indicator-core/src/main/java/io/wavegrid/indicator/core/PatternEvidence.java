package io.wavegrid.indicator.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.wavegrid.analysis.api.Bias;
import io.wavegrid.analysis.api.LevelKind;
import io.wavegrid.analysis.api.PatternDetection;
import io.wavegrid.analysis.api.PatternState;
import io.wavegrid.analysis.api.PatternType;
import io.wavegrid.analysis.api.PriceLevel;
import io.wavegrid.signal.api.Evidence;

/**
 * Turns the pattern detections of a bar into evidence. A confirmed pattern counts fully in its direction, a
 * forming one 40%, and a failed one 60% the other way (the trapped side unwinds). Neutral patterns (doji)
 * only dilute. Targets and invalidation levels travel with the evidence.
 */
public final class PatternEvidence {

    private PatternEvidence() {
    }

    /** Evidence from the detections of {@code type}, or {@code null} when there are none. */
    public static Evidence combine(List<PatternDetection> detections, PatternType type) {
        double net = 0;
        double weights = 0;
        double best = 0;
        double gross = 0;
        StringBuilder reasoning = null;
        List<PriceLevel> levels = null;
        for (PatternDetection d : detections) {
            if (d.type() != type) {
                continue;
            }
            double weight = stateWeight(d.state());
            double direction = d.bias() == Bias.BULLISH ? 1 : d.bias() == Bias.BEARISH ? -1 : 0;
            double confidence = d.score().confidence();
            net += direction * weight * confidence;
            gross += Math.abs(weight) * confidence;
            weights += Math.abs(weight);
            best = Math.max(best, confidence);
            reasoning = (reasoning == null ? new StringBuilder() : reasoning.append("; ")).append(describe(d));
            levels = addLevels(levels, d);
        }
        if (reasoning == null) {
            return null;
        }
        double agreement = gross == 0 ? 0 : Math.abs(net) / gross;
        return new Evidence(Scores.score(net / weights), Scores.confidence(best * Math.max(agreement, 0.25)),
                reasoning.toString(), levels);
    }

    private static double stateWeight(PatternState state) {
        return switch (state) {
            case CONFIRMED -> 1.0;
            case FORMING -> 0.4;
            case FAILED -> -0.6;
        };
    }

    private static String describe(PatternDetection d) {
        String text = String.format(Locale.ROOT, "%s %s (%s, %.2f", d.pattern(), d.state().name().toLowerCase(Locale.ROOT),
                d.score().strength().name().toLowerCase(Locale.ROOT), d.score().confidence());
        return Double.isNaN(d.target()) ? text + ")" : text + String.format(Locale.ROOT, ", target %.6g)", d.target());
    }

    private static List<PriceLevel> addLevels(List<PriceLevel> levels, PatternDetection d) {
        if (d.state() == PatternState.FAILED) {
            return levels;
        }
        List<PriceLevel> result = levels == null ? new ArrayList<>() : levels;
        double strength = d.score().confidence();
        if (d.target() > 0 && Double.isFinite(d.target())) {
            result.add(new PriceLevel(d.target(), LevelKind.TARGET, d.pattern() + " target", strength, 0, d.time(), d.time()));
        }
        if (d.invalidation() > 0 && Double.isFinite(d.invalidation())) {
            result.add(new PriceLevel(d.invalidation(), LevelKind.INVALIDATION, d.pattern() + " invalidation", strength, 0,
                    d.time(), d.time()));
        }
        return result;
    }
}
