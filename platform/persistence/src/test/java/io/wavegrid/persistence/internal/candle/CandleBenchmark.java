package io.wavegrid.persistence.internal.candle;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

import io.wavegrid.market.api.Candle;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Timeframe;
import io.wavegrid.persistence.internal.Database;
import io.wavegrid.persistence.internal.Dialect;

/** Candle insert rates: the store's path (COPY on PostgreSQL, MERGE on H2) against plain batched JDBC upserts. */
public final class CandleBenchmark {

    private CandleBenchmark() {
    }

    /** @return rows per second of the store's own path */
    public static double run(Database database, int rows) throws Exception {
        JdbcCandleStore store = new JdbcCandleStore(database);
        List<Candle> warmup = minutes(new Symbol("WARM", "USDT"), rows / 10);
        store.upsert(warmup);

        double storeRate = rate(rows, () -> store.upsert(minutes(new Symbol("BTC", "USDT"), rows)));
        double replaceRate = rate(rows, () -> store.upsert(minutes(new Symbol("BTC", "USDT"), rows)));
        System.out.printf("  %-10s candle store insert   %,10.0f rows/s%n", database.dialect(), storeRate);
        System.out.printf("  %-10s candle store replace  %,10.0f rows/s (same keys again: upsert path)%n", database.dialect(), replaceRate);
        if (database.dialect() == Dialect.POSTGRESQL) {
            BatchedUpsertWriter batched = new BatchedUpsertWriter(BatchedUpsertWriter.POSTGRES_UPSERT);
            List<Candle> eth = minutes(new Symbol("ETH", "USDT"), rows);
            double baseline = rate(rows, () -> {
                try (Connection c = database.dataSource().getConnection()) {
                    c.setAutoCommit(false);
                    batched.upsert(c, eth);
                    c.commit();
                }
                return rows;
            });
            System.out.printf("  %-10s batched INSERT ON CONFLICT (baseline) %,10.0f rows/s -> COPY is %.1fx the baseline%n",
                    database.dialect(), baseline, storeRate / baseline);
        }
        return storeRate;
    }

    private interface Work {
        int run() throws Exception;
    }

    private static double rate(int rows, Work work) throws Exception {
        long start = System.nanoTime();
        work.run();
        return rows / ((System.nanoTime() - start) / 1e9);
    }

    static List<Candle> minutes(Symbol symbol, int count) {
        List<Candle> candles = new ArrayList<>(count);
        long t = Timeframe.M1.align(1_600_000_000_000L);
        for (int i = 0; i < count; i++) {
            double open = 20_000 + (i % 1000) * 0.25;
            candles.add(new Candle(symbol, Timeframe.M1, t + i * 60_000L, open, open + 12.5, open - 8.25, open + 1.75, 3.14159265 + i % 97));
        }
        return candles;
    }
}
