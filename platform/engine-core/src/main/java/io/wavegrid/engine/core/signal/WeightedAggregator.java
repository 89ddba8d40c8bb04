package io.wavegrid.engine.core.signal;

import java.util.ArrayList;
import java.util.List;

import io.wavegrid.engine.api.StrategyProfile;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Timeframe;
import io.wavegrid.signal.api.AggregatedSignal;
import io.wavegrid.signal.api.Category;
import io.wavegrid.signal.api.CategoryScore;
import io.wavegrid.signal.api.ContributorScore;
import io.wavegrid.signal.api.Direction;

/**
 * Weighs contributors' evidence into one signal.
 * <ol>
 * <li>Within a category, each contributor counts by weight × confidence: the category's score is the
 * mean of the contributors' scores under that measure, its confidence their weighted mean confidence.</li>
 * <li>Categories with no evidence on the bar are left out and the profile's weights of the others are
 * renormalised to sum to 1.</li>
 * <li>The signal's score is the sum of category weight × category confidence × category score. Its
 * confidence is the weighted mean category confidence times their agreement: |Σ w·c·s| / Σ w·c·|s|,
 * 1 when all categories point the same way, so conflicting evidence lowers confidence rather than
 * flipping the direction.</li>
 * </ol>
 */
public final class WeightedAggregator {

    /** Every category, in declaration order: the order of the categories in the result. */
    private static final Category[] CATEGORIES = Category.values();

    private WeightedAggregator() {
    }

    public static AggregatedSignal aggregate(StrategyProfile profile, Symbol symbol, Timeframe timeframe, long time,
                                             List<ContributorScore> contributions) {
        // Per category (by ordinal): Σ conviction × score, Σ conviction, Σ weight, count. Arrays rather than an
        // EnumMap: this runs for every profile on every bar of every series.
        double[][] sums = new double[CATEGORIES.length][];
        for (ContributorScore c : contributions) {
            if (c.weight() <= 0 || profile.weightOf(c.category()) <= 0) {
                continue;
            }
            int index = c.category().ordinal();
            double[] s = sums[index];
            if (s == null) {
                s = new double[4];
                sums[index] = s;
            }
            double conviction = c.weight() * c.evidence().confidence();
            s[0] += conviction * c.evidence().score();
            s[1] += conviction;
            s[2] += c.weight();
            s[3] += 1;
        }
        double totalWeight = 0;
        int present = 0;
        for (int i = 0; i < CATEGORIES.length; i++) {
            if (sums[i] != null) {
                totalWeight += profile.weightOf(CATEGORIES[i]);
                present++;
            }
        }
        List<CategoryScore> categories = new ArrayList<>(present);
        double score = 0;
        double confidence = 0;
        double magnitude = 0;
        for (int i = 0; i < CATEGORIES.length; i++) {
            double[] s = sums[i];
            if (s == null) {
                continue;
            }
            double weight = profile.weightOf(CATEGORIES[i]) / totalWeight;
            double categoryScore = s[1] > 0 ? s[0] / s[1] : 0;
            double categoryConfidence = s[1] / s[2];
            categories.add(new CategoryScore(CATEGORIES[i], weight, categoryScore, categoryConfidence, (int) s[3]));
            score += weight * categoryConfidence * categoryScore;
            magnitude += weight * categoryConfidence * Math.abs(categoryScore);
            confidence += weight * categoryConfidence;
        }
        double agreement = magnitude > 0 ? Math.abs(score) / magnitude : 1;
        confidence *= agreement;
        return new AggregatedSignal(profile.name(), symbol, timeframe, time, clamp(score), clamp(confidence),
                direction(profile, score, confidence), categories, contributions);
    }

    private static Direction direction(StrategyProfile profile, double score, double confidence) {
        if (confidence < profile.minConfidence() || Math.abs(score) < profile.scoreThreshold() || score == 0) {
            return Direction.NEUTRAL;
        }
        return score > 0 ? Direction.LONG : Direction.SHORT;
    }

    private static double clamp(double v) {
        return Math.max(-1, Math.min(1, v));
    }
}
