package io.wavegrid.marketdata;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.wavegrid.market.api.Candle;
import io.wavegrid.market.api.CandleStore;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.TimeRange;
import io.wavegrid.market.api.Timeframe;
import io.wavegrid.marketdata.internal.validate.GapDetector;

/**
 * Test double of the JDBC candle store with its semantics: idempotent upsert keyed by symbol, timeframe and
 * open time, all or nothing (the batch is checked before anything is written). It can be told to fail.
 */
public final class InMemoryCandleStore implements CandleStore {

    private final Map<String, NavigableMap<Long, Candle>> series = new ConcurrentHashMap<>();
    private final AtomicInteger upsertCalls = new AtomicInteger();
    private volatile RuntimeException failure;

    public void failNextUpserts(RuntimeException e) {
        failure = e;
    }

    public int upsertCalls() {
        return upsertCalls.get();
    }

    @Override
    public synchronized int upsert(List<Candle> candles) {
        upsertCalls.incrementAndGet();
        if (failure != null) {
            throw failure;
        }
        for (Candle c : candles) {
            if (c == null) {
                throw new IllegalArgumentException("null candle in batch");
            }
        }
        for (Candle c : candles) {
            series.computeIfAbsent(key(c.symbol(), c.timeframe()), k -> new TreeMap<>()).put(c.openTime(), c);
        }
        return candles.size();
    }

    @Override
    public synchronized List<Candle> range(Symbol symbol, Timeframe timeframe, long from, long to) {
        NavigableMap<Long, Candle> bars = series.get(key(symbol, timeframe));
        return bars == null || to <= from ? List.of() : new ArrayList<>(bars.subMap(from, true, to, false).values());
    }

    @Override
    public synchronized OptionalLong latestOpenTime(Symbol symbol, Timeframe timeframe) {
        NavigableMap<Long, Candle> bars = series.get(key(symbol, timeframe));
        return bars == null || bars.isEmpty() ? OptionalLong.empty() : OptionalLong.of(bars.lastKey());
    }

    @Override
    public synchronized List<TimeRange> gaps(Symbol symbol, Timeframe timeframe, long from, long to) {
        return GapDetector.gaps(range(symbol, timeframe, timeframe.align(from), to), timeframe, from, to);
    }

    public synchronized int size(Symbol symbol, Timeframe timeframe) {
        NavigableMap<Long, Candle> bars = series.get(key(symbol, timeframe));
        return bars == null ? 0 : bars.size();
    }

    private static String key(Symbol symbol, Timeframe timeframe) {
        return symbol.code() + "/" + timeframe.code();
    }
}
