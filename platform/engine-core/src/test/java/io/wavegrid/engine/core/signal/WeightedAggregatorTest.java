package io.wavegrid.engine.core.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.wavegrid.engine.api.StrategyProfile;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Timeframe;
import io.wavegrid.signal.api.AggregatedSignal;
import io.wavegrid.signal.api.Category;
import io.wavegrid.signal.api.CategoryScore;
import io.wavegrid.signal.api.ContributorScore;
import io.wavegrid.signal.api.Direction;
import io.wavegrid.signal.api.Evidence;

import org.junit.jupiter.api.Test;

class WeightedAggregatorTest {

    private static final Symbol BTC = Symbol.parse("BTCUSDT");
    private final StrategyProfile seed = StrategyProfile.seed("default");

    private static ContributorScore c(String name, Category category, double weight, double score, double confidence) {
        return new ContributorScore(name, category, weight, new Evidence(score, confidence, name));
    }

    private AggregatedSignal aggregate(StrategyProfile profile, ContributorScore... scores) {
        return WeightedAggregator.aggregate(profile, BTC, Timeframe.H1, 0, List.of(scores));
    }

    @Test
    void missingCategoriesAreLeftOutAndTheRestRenormalised() {
        // technical 0.30 and volume 0.05 present: weights become 6/7 and 1/7.
        AggregatedSignal s = aggregate(seed, c("rsi", Category.TECHNICAL, 1, 1.0, 1.0), c("pvt", Category.VOLUME, 1, -1.0, 1.0));
        assertEquals(6.0 / 7 - 1.0 / 7, s.score(), 1e-12);
        double weights = s.categories().stream().mapToDouble(CategoryScore::weight).sum();
        assertEquals(1.0, weights, 1e-12);
    }

    @Test
    void seedWeightsOfAllFiveDesignCategoriesSumToOne() {
        double sum = 0;
        for (Category c : List.of(Category.TECHNICAL, Category.PATTERNS, Category.ELLIOTT, Category.FIBONACCI, Category.VOLUME)) {
            sum += c.seedWeight();
        }
        assertEquals(1.0, sum, 1e-12);
    }

    @Test
    void contributorsWithinACategoryCountByWeightTimesConfidence() {
        AggregatedSignal s = aggregate(seed, c("a", Category.TECHNICAL, 3, 1.0, 0.5), c("b", Category.TECHNICAL, 1, -1.0, 0.5));
        CategoryScore technical = s.categories().get(0);
        assertEquals(0.5, technical.score(), 1e-12, "(1.5 - 0.5) / 2");
        assertEquals(0.5, technical.confidence(), 1e-12);
        assertEquals(2, technical.contributors());
        assertEquals(0.25, s.score(), 1e-12, "weight 1 x confidence 0.5 x score 0.5");
    }

    @Test
    void conflictingCategoriesLowerConfidenceInsteadOfFlipping() {
        AggregatedSignal agree = aggregate(seed, c("t", Category.TECHNICAL, 1, 0.8, 1), c("e", Category.ELLIOTT, 1, 0.8, 1));
        AggregatedSignal conflict = aggregate(seed, c("t", Category.TECHNICAL, 1, 0.8, 1), c("e", Category.ELLIOTT, 1, -0.6, 1));
        assertEquals(1.0, agree.confidence(), 1e-12);
        assertTrue(conflict.confidence() < agree.confidence());
        assertTrue(conflict.score() > 0, "the stronger, heavier side still sets the sign");
    }

    @Test
    void directionNeedsBothThresholds() {
        StrategyProfile profile = new StrategyProfile("p", Map.of(Category.TECHNICAL, 1.0), Map.of(), Set.of(), Set.of(),
                Set.of(), 0.3, 0.6);
        assertEquals(Direction.LONG, aggregate(profile, c("t", Category.TECHNICAL, 1, 0.5, 0.9)).direction());
        assertEquals(Direction.SHORT, aggregate(profile, c("t", Category.TECHNICAL, 1, -0.5, 0.9)).direction());
        assertEquals(Direction.NEUTRAL, aggregate(profile, c("t", Category.TECHNICAL, 1, 0.2, 0.9)).direction());
        assertEquals(Direction.NEUTRAL, aggregate(profile, c("t", Category.TECHNICAL, 1, 0.9, 0.5)).direction());
    }

    @Test
    void noEvidenceIsNeutralWithZeroConfidence() {
        AggregatedSignal s = aggregate(seed);
        assertEquals(0, s.score());
        assertEquals(0, s.confidence());
        assertEquals(Direction.NEUTRAL, s.direction());
    }

    @Test
    void aCategoryWeightedZeroByTheProfileIsIgnored() {
        StrategyProfile profile = new StrategyProfile("p", Map.of(Category.TECHNICAL, 1.0, Category.VOLUME, 0.0), Map.of(),
                Set.of(), Set.of(), Set.of(), 0.3, 0.5);
        AggregatedSignal s = aggregate(profile, c("t", Category.TECHNICAL, 1, 0.4, 1), c("v", Category.VOLUME, 1, -1, 1));
        assertEquals(0.4, s.score(), 1e-12);
        assertEquals(1, s.categories().size());
    }
}
