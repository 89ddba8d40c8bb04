package io.wavegrid.indicator.core;

import java.util.ArrayList;
import java.util.List;

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
 * only dilute. Targets and invalidation levels travel with the evidence. The reasoning names each detection:
 * {@code double-bottom confirmed (strong, 0.88, target 43251.3)}.
 */
public final class PatternEvidence {

    private PatternEvidence() {
    }

    /** Evidence from the detections of {@code type}, or {@code null} when there are none. */
    public static Evidence combine(List<PatternDetection> detections, PatternType type) {
        return combine(detections, type, new StringBuilder());
    }

    /**
     * As {@link #combine(List, PatternType)}, writing the reasoning into {@code text} (cleared first), so that
     * an evaluator, which serves one series on one thread, can keep one builder for all its bars.
     *
     * @since 1.1
     */
    public static Evidence combine(List<PatternDetection> detections, PatternType type, StringBuilder text) {
        text.setLength(0);
        double net = 0;
        double weights = 0;
        double best = 0;
        double gross = 0;
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
            describe(text.length() == 0 ? text : text.append("; "), d);
            levels = addLevels(levels, d);
        }
        if (text.length() == 0) {
            return null;
        }
        double agreement = gross == 0 ? 0 : Math.abs(net) / gross;
        return new Evidence(Scores.score(net / weights), Scores.confidence(best * Math.max(agreement, 0.25)),
                text.toString(), levels);
    }

    private static double stateWeight(PatternState state) {
        return switch (state) {
            case CONFIRMED -> 1.0;
            case FORMING -> 0.4;
            case FAILED -> -0.6;
        };
    }

    /** Name, state, strength, confidence to two decimals and the target, if any, to six significant digits. */
    private static void describe(StringBuilder text, PatternDetection d) {
        text.append(d.pattern()).append(' ');
        lowerCase(text, d.state()).append(" (");
        lowerCase(text, d.score().strength()).append(", ");
        DecimalText.fixed(text, d.score().confidence(), 2);
        if (!Double.isNaN(d.target())) {
            DecimalText.significant(text.append(", target "), d.target(), 6);
        }
        text.append(')');
    }

    /** The constant's name in lower case, without the String that {@code toLowerCase} would make for it. */
    private static StringBuilder lowerCase(StringBuilder text, Enum<?> constant) {
        String name = constant.name();
        for (int i = 0; i < name.length(); i++) {
            text.append(Character.toLowerCase(name.charAt(i)));
        }
        return text;
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
