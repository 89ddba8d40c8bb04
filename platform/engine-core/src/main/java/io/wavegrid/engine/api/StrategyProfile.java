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
 */
public record StrategyProfile(String name, Map<Category, Double> categoryWeights, Map<String, Double> contributorWeights,
                              Set<String> contributors, Set<Symbol> symbols, Set<Timeframe> timeframes,
                              double scoreThreshold, double minConfidence) {

    public StrategyProfile {
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
        return categoryWeights.getOrDefault(category, 0.0);
    }

    public boolean covers(Symbol symbol, Timeframe timeframe) {
        return (symbols.isEmpty() || symbols.contains(symbol)) && (timeframes.isEmpty() || timeframes.contains(timeframe));
    }

    public boolean includes(String contributor) {
        return contributors.isEmpty() || contributors.contains(contributor);
    }
}
