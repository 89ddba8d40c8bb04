package io.wavegrid.marketdata.internal.validate;

import java.util.ArrayList;
import java.util.List;

import io.wavegrid.market.api.Candle;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Timeframe;
import io.wavegrid.marketdata.internal.validate.Rejections.Kind;

/**
 * Gatekeeper for one candle series on its way into the store: values (via {@link Candle#problem}), series,
 * alignment, strictly increasing open times (no duplicates) and an optional time window. Bad candles are
 * counted with their reason and never passed on. Not thread-safe: one validator per stream.
 */
public final class CandleValidator {

    private final Symbol symbol;
    private final Timeframe timeframe;
    private final long from;
    private final long to;
    private final Rejections rejections = new Rejections();
    private long lastOpen = Long.MIN_VALUE;

    public CandleValidator(Symbol symbol, Timeframe timeframe) {
        this(symbol, timeframe, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    /** Accepts only bars with {@code from <= openTime < to}. */
    public CandleValidator(Symbol symbol, Timeframe timeframe, long from, long to) {
        this.symbol = symbol;
        this.timeframe = timeframe;
        this.from = from;
        this.to = to;
    }

    /** Continues after bars already stored, so a bar at or before {@code openTime} counts as a duplicate. */
    public CandleValidator after(long openTime) {
        lastOpen = openTime;
        return this;
    }

    /**
     * Checks raw values; returns {@code null} and advances the series when they form the next bar, or the
     * reason (already counted) when they do not.
     */
    public String check(long openTime, double open, double high, double low, double close, double volume) {
        String problem = Candle.problem(timeframe, openTime, open, high, low, close, volume);
        if (problem != null) {
            return reject(timeframe.isAligned(openTime) ? Kind.INVALID_VALUES : Kind.MISALIGNED, openTime, problem);
        }
        return checkSequence(openTime);
    }

    /** Checks a built candle; same contract as {@link #check(long, double, double, double, double, double)}. */
    public String check(Candle candle) {
        if (!candle.symbol().equals(symbol) || candle.timeframe() != timeframe) {
            return reject(Kind.WRONG_SERIES, candle.openTime(), "belongs to " + candle.symbol() + " "
                    + candle.timeframe().code() + ", expected " + symbol + " " + timeframe.code());
        }
        return checkSequence(candle.openTime());
    }

    /** The candles that pass, in order; the others are counted in {@link #rejections()}. */
    public List<Candle> filter(List<Candle> candles) {
        List<Candle> accepted = new ArrayList<>(candles.size());
        for (Candle candle : candles) {
            if (check(candle) == null) {
                accepted.add(candle);
            }
        }
        return accepted;
    }

    public Rejections rejections() {
        return rejections;
    }

    private String checkSequence(long openTime) {
        if (openTime < from || openTime >= to) {
            return reject(Kind.OUTSIDE_RANGE, openTime, "outside the requested range [" + from + ", " + to + ")");
        }
        if (openTime == lastOpen) {
            return reject(Kind.DUPLICATE, openTime, "duplicate open time");
        }
        if (openTime < lastOpen) {
            return reject(Kind.OUT_OF_ORDER, openTime, "out of order: follows the bar at " + lastOpen);
        }
        lastOpen = openTime;
        return null;
    }

    private String reject(Kind kind, long openTime, String problem) {
        String reason = symbol + " " + timeframe.code() + " bar at " + openTime + ": " + problem;
        rejections.add(kind, reason);
        return problem;
    }
}
