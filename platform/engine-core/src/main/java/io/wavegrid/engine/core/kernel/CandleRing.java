package io.wavegrid.engine.core.kernel;

import io.wavegrid.market.api.Candle;
import io.wavegrid.market.api.CandleSeries;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Timeframe;

/**
 * Fixed-capacity history of one series in parallel primitive arrays: appending a bar allocates nothing.
 * {@link #view(int)} shows the series as it was some bars ago, which is how late-arriving plugins are
 * warmed up without seeing the future.
 */
final class CandleRing implements CandleSeries {

    private final Symbol symbol;
    private final Timeframe timeframe;
    private final long[] time;
    private final double[] open;
    private final double[] high;
    private final double[] low;
    private final double[] close;
    private final double[] volume;
    private int newest = -1;
    private int size;

    CandleRing(Symbol symbol, Timeframe timeframe, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("history capacity must be at least 1: " + capacity);
        }
        this.symbol = symbol;
        this.timeframe = timeframe;
        time = new long[capacity];
        open = new double[capacity];
        high = new double[capacity];
        low = new double[capacity];
        close = new double[capacity];
        volume = new double[capacity];
    }

    void add(Candle c) {
        newest = (newest + 1) % time.length;
        time[newest] = c.openTime();
        open[newest] = c.open();
        high[newest] = c.high();
        low[newest] = c.low();
        close[newest] = c.close();
        volume[newest] = c.volume();
        if (size < time.length) {
            size++;
        }
    }

    /** The series as it stood {@code barsBack} bars ago. */
    CandleSeries view(int barsBack) {
        return barsBack == 0 ? this : new ShiftedView(barsBack);
    }

    private int slot(int barsAgo) {
        if (barsAgo < 0 || barsAgo >= size) {
            throw new IndexOutOfBoundsException("bar " + barsAgo + " ago is outside the " + size + " bars of history");
        }
        int i = newest - barsAgo;
        return i < 0 ? i + time.length : i;
    }

    @Override
    public Symbol symbol() {
        return symbol;
    }

    @Override
    public Timeframe timeframe() {
        return timeframe;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public long openTime(int barsAgo) {
        return time[slot(barsAgo)];
    }

    @Override
    public double open(int barsAgo) {
        return open[slot(barsAgo)];
    }

    @Override
    public double high(int barsAgo) {
        return high[slot(barsAgo)];
    }

    @Override
    public double low(int barsAgo) {
        return low[slot(barsAgo)];
    }

    @Override
    public double close(int barsAgo) {
        return close[slot(barsAgo)];
    }

    @Override
    public double volume(int barsAgo) {
        return volume[slot(barsAgo)];
    }

    private final class ShiftedView implements CandleSeries {
        private final int shift;

        ShiftedView(int shift) {
            this.shift = shift;
        }

        private int at(int barsAgo) {
            if (barsAgo < 0 || barsAgo >= size()) {
                throw new IndexOutOfBoundsException("bar " + barsAgo + " ago is outside the " + size() + " bars of history");
            }
            return barsAgo + shift;
        }

        @Override
        public Symbol symbol() {
            return symbol;
        }

        @Override
        public Timeframe timeframe() {
            return timeframe;
        }

        @Override
        public int size() {
            return Math.max(0, size - shift);
        }

        @Override
        public long openTime(int barsAgo) {
            return CandleRing.this.openTime(at(barsAgo));
        }

        @Override
        public double open(int barsAgo) {
            return CandleRing.this.open(at(barsAgo));
        }

        @Override
        public double high(int barsAgo) {
            return CandleRing.this.high(at(barsAgo));
        }

        @Override
        public double low(int barsAgo) {
            return CandleRing.this.low(at(barsAgo));
        }

        @Override
        public double close(int barsAgo) {
            return CandleRing.this.close(at(barsAgo));
        }

        @Override
        public double volume(int barsAgo) {
            return CandleRing.this.volume(at(barsAgo));
        }
    }
}
