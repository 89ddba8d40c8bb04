package io.wavegrid.engine.core.signal;

import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Timeframe;

/** One strategy profile on one series: the key of its latest aggregation, setup and raised direction. */
public record SeriesKey(String profile, Symbol symbol, Timeframe timeframe) {

    // Written out, as Symbol's: a map key looked up on every bar.
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof SeriesKey that && timeframe == that.timeframe && profile.equals(that.profile)
                && symbol.equals(that.symbol);
    }

    @Override
    public int hashCode() {
        return (31 * profile.hashCode() + symbol.hashCode()) * 31 + timeframe.hashCode();
    }
}
