package io.wavegrid.persistence.internal.candle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;

import io.wavegrid.infra.api.StoreUnavailableException;
import io.wavegrid.market.api.Candle;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.TimeRange;
import io.wavegrid.market.api.Timeframe;
import io.wavegrid.persistence.internal.Backends;
import io.wavegrid.persistence.internal.Backends.Backend;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The candle store on H2 and PostgreSQL: round trip, idempotent upsert, all-or-nothing, latest and gaps. */
class CandleStoreTest {

    private static final Symbol BTC = new Symbol("BTC", "USDT");
    private static final Symbol ETH = new Symbol("ETH", "USDT");
    private static final long T0 = Timeframe.H1.align(1_709_294_400_000L);
    private static final long HOUR = Timeframe.H1.millis();

    static Stream<Backend> backends() {
        return Stream.of(Backends.h2(), Backends.postgres());
    }

    private static JdbcCandleStore store(Backend backend) {
        backend.db().clear();
        return new JdbcCandleStore(backend.database());
    }

    static List<Candle> hourly(Symbol symbol, long from, int count, double base) {
        List<Candle> candles = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            double open = eightDecimals(base + i * 0.12345678);
            candles.add(new Candle(symbol, Timeframe.H1, from + i * HOUR, open, eightDecimals(open + 15.5), eightDecimals(open - 7.25),
                    eightDecimals(open + 3.00000001), eightDecimals(1234.5678 + i)));
        }
        return candles;
    }

    /** Exchange prices have at most 8 decimals; the store keeps 12, so these come back as the same doubles. */
    private static double eightDecimals(double value) {
        return java.math.BigDecimal.valueOf(value).setScale(8, java.math.RoundingMode.HALF_EVEN).doubleValue();
    }

    @ParameterizedTest
    @MethodSource("backends")
    void candlesComeBackExactlyInTimeOrder(Backend backend) {
        JdbcCandleStore store = store(backend);
        List<Candle> written = hourly(BTC, T0, 5_000, 64_000.5);
        List<Candle> shuffled = new ArrayList<>(written);
        java.util.Collections.shuffle(shuffled, new java.util.Random(7));
        store.upsert(hourly(ETH, T0, 10, 3_000));

        assertEquals(5_000, store.upsert(shuffled));

        assertEquals(written, store.range(BTC, Timeframe.H1, T0, T0 + 5_000 * HOUR));
        assertEquals(written.subList(10, 20), store.range(BTC, Timeframe.H1, T0 + 10 * HOUR, T0 + 20 * HOUR));
        assertTrue(store.range(BTC, Timeframe.M1, T0, T0 + HOUR).isEmpty());
    }

    @ParameterizedTest
    @MethodSource("backends")
    void upsertReplacesStoredCandlesAndTheLastDuplicateInABatchWins(Backend backend) {
        JdbcCandleStore store = store(backend);
        store.upsert(hourly(BTC, T0, 3, 100));
        Candle revised = new Candle(BTC, Timeframe.H1, T0 + HOUR, 200, 210, 190, 205, 9);
        Candle final_ = new Candle(BTC, Timeframe.H1, T0 + HOUR, 300, 310, 290, 305, 10);

        assertEquals(1, store.upsert(List.of(revised, final_)));

        List<Candle> stored = store.range(BTC, Timeframe.H1, T0, T0 + 3 * HOUR);
        assertEquals(3, stored.size());
        assertEquals(final_, stored.get(1));
    }

    @ParameterizedTest
    @MethodSource("backends")
    void aFailingBatchStoresNothing(Backend backend) {
        JdbcCandleStore store = store(backend);
        List<Candle> before = hourly(BTC, T0, 3, 100);
        store.upsert(before);
        List<Candle> batch = new ArrayList<>(hourly(BTC, T0, 2_500, 500));
        // 1e20 does not fit NUMERIC(30,12): the database refuses the row after thousands of good ones
        batch.add(new Candle(BTC, Timeframe.H1, T0 + 2_600 * HOUR, 1e20, 1e20, 1e20, 1e20, 1));

        StoreUnavailableException e = assertThrows(StoreUnavailableException.class, () -> store.upsert(batch));

        assertTrue(e.getMessage().contains("none stored"), e.getMessage());
        assertEquals(before, store.range(BTC, Timeframe.H1, T0, T0 + 3_000 * HOUR));
    }

    @ParameterizedTest
    @MethodSource("backends")
    void latestOpenTimeAndGapsDescribeTheStoredHistory(Backend backend) {
        JdbcCandleStore store = store(backend);
        assertEquals(OptionalLong.empty(), store.latestOpenTime(BTC, Timeframe.H1));
        List<Candle> candles = new ArrayList<>(hourly(BTC, T0, 10, 100));
        candles.removeIf(c -> c.openTime() == T0 + 3 * HOUR || c.openTime() == T0 + 4 * HOUR || c.openTime() == T0 + 7 * HOUR);
        store.upsert(candles);

        assertEquals(OptionalLong.of(T0 + 9 * HOUR), store.latestOpenTime(BTC, Timeframe.H1));
        assertEquals(List.of(new TimeRange(T0 - 2 * HOUR, T0), new TimeRange(T0 + 3 * HOUR, T0 + 5 * HOUR),
                        new TimeRange(T0 + 7 * HOUR, T0 + 8 * HOUR), new TimeRange(T0 + 10 * HOUR, T0 + 12 * HOUR)),
                store.gaps(BTC, Timeframe.H1, T0 - 2 * HOUR - 1_000, T0 + 12 * HOUR));
        assertEquals(List.of(new TimeRange(T0, T0 + 5 * HOUR)), store.gaps(ETH, Timeframe.H1, T0, T0 + 5 * HOUR));
    }

    @ParameterizedTest
    @MethodSource("backends")
    void nothingToWriteAndBadRangesAreHandled(Backend backend) {
        JdbcCandleStore store = store(backend);
        assertEquals(0, store.upsert(List.of()));
        assertThrows(IllegalArgumentException.class, () -> store.range(BTC, Timeframe.H1, T0, T0 - 1));
        List<Candle> withNull = new ArrayList<>(hourly(BTC, T0, 2, 100));
        withNull.add(null);
        assertThrows(IllegalArgumentException.class, () -> store.upsert(withNull));
        assertEquals(OptionalLong.empty(), store.latestOpenTime(BTC, Timeframe.H1));
    }
}
