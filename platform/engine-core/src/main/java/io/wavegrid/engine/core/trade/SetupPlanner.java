package io.wavegrid.engine.core.trade;

import java.util.Arrays;
import java.util.List;

import io.wavegrid.analysis.api.LevelKind;
import io.wavegrid.analysis.api.PriceLevel;
import io.wavegrid.signal.api.Direction;

/**
 * Turns a direction into a trade plan: entry at the close, a protective stop behind the nearest level that
 * would prove the setup wrong (else {@code stopAtr} ATRs away), and take-profits at the published levels in
 * the trade's way that pay at least the risk taken (else 1.5 and 2.5 times the risk).
 */
final class SetupPlanner {

    /** Targets nearer than this reward-to-risk ratio are not worth the trade. */
    static final double MIN_REWARD_TO_RISK = 1.0;
    static final double[] FALLBACK_REWARD_TO_RISK = {1.5, 2.5};
    static final int MAX_TARGETS = 3;
    /** A level stop sits this many ATRs beyond the level, so a mere touch does not stop the trade out. */
    static final double STOP_BEYOND_LEVEL_ATR = 0.2;
    /** Level stops closer than this many ATRs would be noise, not invalidation. */
    static final double MIN_STOP_ATR = 0.5;
    /** Targets closer together than this many ATRs are one target. */
    static final double TARGET_SPACING_ATR = 0.5;

    record Plan(double entry, double stop, double[] targets) {
    }

    private SetupPlanner() {
    }

    /** The plan, or {@code null} while the ATR is not known (fewer than 14 bars). */
    static Plan plan(Direction direction, double close, double atr, double stopAtr, List<PriceLevel> levels) {
        if (!(atr > 0) || !(close > 0) || direction == Direction.NEUTRAL) {
            return null;
        }
        double sign = direction == Direction.LONG ? 1 : -1;
        double stop = close - sign * stopAtr * atr;
        double bestLevelDistance = Double.MAX_VALUE;
        for (PriceLevel level : levels) {
            if (!protects(level.kind())) {
                continue;
            }
            double distance = sign * (close - level.price()) + STOP_BEYOND_LEVEL_ATR * atr;
            boolean usable = distance >= MIN_STOP_ATR * atr && distance <= 3 * stopAtr * atr;
            if (usable && distance < bestLevelDistance) {
                bestLevelDistance = distance;
                stop = close - sign * distance;
            }
        }
        if (!(stop > 0)) {
            return null;
        }
        double risk = Math.abs(close - stop);
        double[] candidates = new double[levels.size()];
        int count = 0;
        for (PriceLevel level : levels) {
            double reward = sign * (level.price() - close);
            if (targets(level.kind()) && reward >= MIN_REWARD_TO_RISK * risk) {
                candidates[count++] = reward;
            }
        }
        double[] rewards = Arrays.copyOf(candidates, count);
        Arrays.sort(rewards);
        double[] targets = new double[MAX_TARGETS];
        int taken = 0;
        double last = Double.NEGATIVE_INFINITY;
        for (double reward : rewards) {
            if (taken == MAX_TARGETS) {
                break;
            }
            if (reward - last >= TARGET_SPACING_ATR * atr) {
                targets[taken++] = close + sign * reward;
                last = reward;
            }
        }
        if (taken == 0) {
            for (double multiple : FALLBACK_REWARD_TO_RISK) {
                double target = close + sign * multiple * risk;
                if (target > 0) {
                    targets[taken++] = target;
                }
            }
        }
        return new Plan(close, stop, Arrays.copyOf(targets, taken));
    }

    private static boolean protects(LevelKind kind) {
        return kind == LevelKind.SUPPORT || kind == LevelKind.RESISTANCE || kind == LevelKind.INVALIDATION
                || kind == LevelKind.FIB_RETRACEMENT || kind == LevelKind.PIVOT;
    }

    private static boolean targets(LevelKind kind) {
        return kind != LevelKind.INVALIDATION;
    }
}
