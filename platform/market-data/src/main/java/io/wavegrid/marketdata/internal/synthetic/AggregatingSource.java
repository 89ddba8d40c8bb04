package io.wavegrid.marketdata.internal.synthetic;

import java.util.ArrayDeque;
import java.util.function.Consumer;

import io.wavegrid.market.api.Candle;
import io.wavegrid.market.api.Timeframe;
import io.wavegrid.marketdata.internal.aggregate.CandleAggregator;
import io.wavegrid.marketdata.internal.feed.CandleSource;

/** Endless bars of any timeframe, aggregated from a synthetic 1m market. */
final class AggregatingSource implements CandleSource {

    private final SyntheticMarket market;
    private final CandleAggregator aggregator;
    private final ArrayDeque<Candle> ready = new ArrayDeque<>(2);
    private final Consumer<Candle> readySink = ready::add;

    AggregatingSource(SyntheticMarket market, Timeframe timeframe) {
        this.market = market;
        this.aggregator = timeframe == Timeframe.M1 ? null : new CandleAggregator(market.symbol(), Timeframe.M1, timeframe);
        if (aggregator != null) {
            // start on a bucket boundary so the first bar is complete
            while (timeframe.align(market.nextOpenTime()) != market.nextOpenTime()) {
                market.next();
            }
        }
    }

    @Override
    public Candle next() {
        if (aggregator == null) {
            return market.next();
        }
        while (ready.isEmpty()) {
            aggregator.add(market.next(), readySink);
        }
        return ready.poll();
    }
}
