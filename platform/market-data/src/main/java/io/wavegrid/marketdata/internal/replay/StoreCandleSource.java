package io.wavegrid.marketdata.internal.replay;

import java.util.Iterator;
import java.util.List;

import io.wavegrid.market.api.Candle;
import io.wavegrid.market.api.CandleStore;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.TimeRange;
import io.wavegrid.market.api.Timeframe;
import io.wavegrid.marketdata.internal.feed.CandleSource;

/** Reads stored candles of {@code [from, to)} in time-sliced chunks so a year of 1m bars is never in memory at once. */
final class StoreCandleSource implements CandleSource {

    private final CandleStore store;
    private final Symbol symbol;
    private final Timeframe timeframe;
    private final long chunkMillis;
    private final long to;
    private long cursor;
    private Iterator<Candle> chunk = List.<Candle>of().iterator();

    StoreCandleSource(CandleStore store, Symbol symbol, Timeframe timeframe, long from, long to, int chunkBars) {
        this.store = store;
        this.symbol = symbol;
        this.timeframe = timeframe;
        this.chunkMillis = Math.max(1, chunkBars) * timeframe.millis();
        this.to = to;
        this.cursor = from == Long.MIN_VALUE ? firstStored(store, symbol, timeframe, to) : timeframe.align(from);
    }

    @Override
    public Candle next() {
        while (!chunk.hasNext()) {
            if (cursor >= to) {
                return null;
            }
            long end = Math.min(to, cursor + chunkMillis);
            chunk = store.range(symbol, timeframe, cursor, end).iterator();
            cursor = end;
        }
        return chunk.next();
    }

    /**
     * Open time of the oldest stored bar, found through the store's gap report (the first gap from the epoch
     * ends there), so an unbounded replay does not scan decades of empty time.
     */
    private static long firstStored(CandleStore store, Symbol symbol, Timeframe timeframe, long to) {
        long epoch = timeframe.align(0);
        List<TimeRange> gaps = store.gaps(symbol, timeframe, epoch, to);
        if (gaps.isEmpty() || gaps.get(0).from() > epoch) {
            return epoch;
        }
        return gaps.get(0).to();
    }
}
