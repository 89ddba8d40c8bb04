package io.wavegrid.engine.core.trade;

import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Timeframe;

/** One strategy profile on one series. */
record SeriesKey(String profile, Symbol symbol, Timeframe timeframe) {
}
