package io.wavegrid.indicator.testkit;

import io.wavegrid.market.api.CandleSeries;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Timeframe;

/**
 * A {@link CandleSeries} over a {@link CandleTable} that closes one bar at a time, as the engine does: the
 * bar at the cursor is {@code barsAgo = 0} and at most {@code history} bars are visible.
 */
public final class ArraySeries implements CandleSeries {

    private final CandleTable table;
    private final int history;
    private int cursor = -1;

    public ArraySeries(CandleTable table, int history) {
        this.table = table;
        this.history = history;
    }

    /** Closes the next bar; false when the table is exhausted. */
    public boolean advance() {
        if (cursor + 1 >= table.size()) {
            return false;
        }
        cursor++;
        return true;
    }

    /** Index in the table of the latest closed bar. */
    public int cursor() {
        return cursor;
    }

    private int index(int barsAgo) {
        if (barsAgo < 0 || barsAgo >= size()) {
            throw new IndexOutOfBoundsException("bars ago " + barsAgo + " outside " + size() + " visible bars");
        }
        return cursor - barsAgo;
    }

    @Override
    public Symbol symbol() {
        return table.symbol;
    }

    @Override
    public Timeframe timeframe() {
        return table.timeframe;
    }

    @Override
    public int size() {
        return Math.min(history, cursor + 1);
    }

    @Override
    public long openTime(int barsAgo) {
        return table.openTime[index(barsAgo)];
    }

    @Override
    public double open(int barsAgo) {
        return table.open[index(barsAgo)];
    }

    @Override
    public double high(int barsAgo) {
        return table.high[index(barsAgo)];
    }

    @Override
    public double low(int barsAgo) {
        return table.low[index(barsAgo)];
    }

    @Override
    public double close(int barsAgo) {
        return table.close[index(barsAgo)];
    }

    @Override
    public double volume(int barsAgo) {
        return table.volume[index(barsAgo)];
    }
}
