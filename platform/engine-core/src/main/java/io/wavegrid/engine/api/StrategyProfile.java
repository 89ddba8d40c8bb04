package io.wavegrid.engine.api;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Timeframe;
import io.wavegrid.signal.api.Category;

/**
 * A strategy profile: how evidence is weighted into signals, for which series.
 *
 * @param categoryWeights    weight of each category; categories without evidence on a bar are left out
 *                           and the rest renormalised
 * @param contributorWeights overrides of contributors' own weights within their category
 * @param contributors       contributors taking part; empty means all
 * @param symbols            symbols aggregated; empty means all
 * @param timeframes         timeframes aggregated; empty means all
 * @param scoreThreshold     |score| at or above which a direction is called, 0 to 1
 * @param minConfidence      confidence at or above which a direction is called, 0 to 1
 * @param confirmTimeframe   a higher timeframe whose latest aggregation must not point the other way for a
 *                           trading signal to be raised; {@code null} for no confirmation
 * @param expiryBars         bars after which a trading signal that was not executed expires
 * @param stopAtr            protective stop distance in ATRs when no level gives a better stop
 */
public record StrategyProfile(String name, Map<Category, Double> categoryWeights, Map<String, Double> contributorWeights,
                              Set<String> contributors, Set<Symbol> symbols, Set<Timeframe> timeframes,
                              double scoreThreshold, double minConfidence, Timeframe confirmTimeframe, int expiryBars,
                              double stopAtr) {

    public static final int DEFAULT_EXPIRY_BARS = 3;
    public static final double DEFAULT_STOP_ATR = 1.5;

    /** A profile with no higher-timeframe confirmation and the default expiry and stop distance. */
    public StrategyProfile(String name, Map<Category, Double> categoryWeights, Map<String, Double> contributorWeights,
                           Set<String> contributors, Set<Symbol> symbols, Set<Timeframe> timeframes,
                           double scoreThreshold, double minConfidence) {
        this(name, categoryWeights, contributorWeights, contributors, symbols, timeframes, scoreThreshold,
                minConfidence, null, DEFAULT_EXPIRY_BARS, DEFAULT_STOP_ATR);
    }

    public StrategyProfile {
        if (expiryBars < 1) {
            throw new IllegalArgumentException("profile " + name + ": signal expiry must be at least one bar, got " + expiryBars);
        }
        if (!(stopAtr > 0) || !Double.isFinite(stopAtr)) {
            throw new IllegalArgumentException("profile " + name + ": stop distance in ATRs must be positive, got " + stopAtr);
        }
        categoryWeights = Map.copyOf(categoryWeights);
        contributorWeights = Map.copyOf(contributorWeights);
        contributors = Set.copyOf(contributors);
        symbols = Set.copyOf(symbols);
        timeframes = Set.copyOf(timeframes);
    }

    /** The seed profile of the design: every contributor, every series, the categories' seed weights. */
    public static StrategyProfile seed(String name) {
        Map<Category, Double> weights = new EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            weights.put(c, c.seedWeight());
        }
        return new StrategyProfile(name, weights, Map.of(), Set.of(), Set.of(), Set.of(), 0.30, 0.50);
    }

    public double weightOf(Category category) {
        Double weight = categoryWeights.get(category);  // not getOrDefault: its boxed default is allocated per call
        return weight == null ? 0 : weight;
    }

    public boolean covers(Symbol symbol, Timeframe timeframe) {
        return (symbols.isEmpty() || symbols.contains(symbol)) && (timeframes.isEmpty() || timeframes.contains(timeframe));
    }

    public boolean includes(String contributor) {
        return contributors.isEmpty() || contributors.contains(contributor);
    }
}
