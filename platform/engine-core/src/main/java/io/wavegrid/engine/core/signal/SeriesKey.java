package io.wavegrid.engine.core.signal;

import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Timeframe;

/** One strategy profile on one series: the key of its latest aggregation, setup and raised direction. */
public record SeriesKey(String profile, Symbol symbol, Timeframe timeframe) {
}
