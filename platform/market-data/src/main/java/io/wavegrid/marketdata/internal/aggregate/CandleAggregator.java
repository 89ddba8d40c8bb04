package io.wavegrid.marketdata.internal.aggregate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import io.wavegrid.market.api.Candle;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Timeframe;

/**
 * Builds bars of a higher timeframe from consecutive bars of a lower one (normally 1m), so every timeframe
 * of a symbol is derived from the same data and they always agree. A higher bar is emitted as soon as its
 * last source bar arrives, or when a source bar of a later bucket shows its tail is missing. State is
 * primitive: adding a bar allocates only when a higher bar is emitted.
 */
public final class CandleAggregator {

    private final Symbol symbol;
    private final Timeframe source;
    private final Timeframe target;
    private long bucket = Long.MIN_VALUE;
    private double open;
    private double high;
    private double low;
    private double close;
    private double volume;

    public CandleAggregator(Symbol symbol, Timeframe source, Timeframe target) {
        if (target.millis() <= source.millis() || target.millis() % source.millis() != 0) {
            throw new IllegalArgumentException("cannot aggregate " + source.code() + " bars into " + target.code()
                    + ": the target must be a whole multiple of the source");
        }
        this.symbol = symbol;
        this.source = source;
        this.target = target;
    }

    /**
     * Adds the next source bar (open times strictly increasing) and hands every higher bar it completes to
     * {@code out}.
     */
    public void add(Candle bar, Consumer<Candle> out) {
        if (bar.timeframe() != source || !bar.symbol().equals(symbol)) {
            throw new IllegalArgumentException("aggregator of " + symbol + " " + source.code() + " got " + bar.symbol()
                    + " " + bar.timeframe().code());
        }
        long barBucket = target.align(bar.openTime());
        if (barBucket != bucket) {
            if (bucket != Long.MIN_VALUE) {
                out.accept(emit());
            }
            bucket = barBucket;
            open = bar.open();
            high = bar.high();
            low = bar.low();
            close = bar.close();
            volume = bar.volume();
        } else {
            high = Math.max(high, bar.high());
            low = Math.min(low, bar.low());
            close = bar.close();
            volume += bar.volume();
        }
        if (bar.closeTime() == bucket + target.millis()) {
            out.accept(emit());
        }
    }

    /** Emits the bucket in progress, if any, e.g. when the source ends for good. */
    public void flush(Consumer<Candle> out) {
        if (bucket != Long.MIN_VALUE) {
            out.accept(emit());
        }
    }

    /**
     * Aggregates a finished series. The last bucket is included only if its final source bar is present, so
     * a bar still forming at the end of the data is never reported as closed.
     */
    public static List<Candle> aggregate(List<Candle> bars, Timeframe target) {
        if (bars.isEmpty()) {
            return List.of();
        }
        Candle first = bars.get(0);
        CandleAggregator aggregator = new CandleAggregator(first.symbol(), first.timeframe(), target);
        List<Candle> result = new ArrayList<>(bars.size() / (int) (target.millis() / first.timeframe().millis()) + 1);
        for (Candle bar : bars) {
            aggregator.add(bar, result::add);
        }
        return result;
    }

    private Candle emit() {
        Candle bar = new Candle(symbol, target, bucket, open, high, low, close, volume);
        bucket = Long.MIN_VALUE;
        return bar;
    }
}
