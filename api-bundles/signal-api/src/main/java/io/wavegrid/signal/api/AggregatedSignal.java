package io.wavegrid.signal.api;

import java.util.List;

import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Timeframe;

/**
 * The weighted sum of all evidence on one closed bar for one strategy profile.
 *
 * @param time       open time of the bar
 * @param score      weighted score, -1 to 1
 * @param confidence weighted confidence, lowered when categories disagree
 * @param direction  LONG or SHORT when score and confidence pass the profile's thresholds, else NEUTRAL
 */
public record AggregatedSignal(String profile, Symbol symbol, Timeframe timeframe, long time, double score,
                               double confidence, Direction direction, List<CategoryScore> categories,
                               List<ContributorScore> contributions) {

    public AggregatedSignal {
        categories = List.copyOf(categories);
        contributions = List.copyOf(contributions);
    }
}
