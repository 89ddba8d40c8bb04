package io.wavegrid.marketdata.internal.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import io.wavegrid.market.api.Candle;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Timeframe;
import io.wavegrid.marketdata.CandleFileFormat;
import io.wavegrid.marketdata.InMemoryCandleStore;
import io.wavegrid.marketdata.internal.importer.CandleFileImporter;
import io.wavegrid.marketdata.internal.synthetic.SyntheticMarket;

/**
 * Import throughput (read, parse, validate, build candles, hand to an in-memory store) of a one-year 1m
 * normalised CSV, against a baseline in the same run: reading the same file's lines and doing nothing else.
 * The database side of an import is the persistence bundle's benchmark. Run with
 * {@code mvn -Pbench -pl platform/market-data -am verify}.
 */
public final class ImportBenchmark {

    private static final int ROWS = 525_600;

    public static void main(String[] args) throws Exception {
        Symbol btc = new Symbol("BTC", "USDT");
        Path file = Files.createTempFile("wavegrid-import-bench", ".csv");
        try {
            SyntheticMarket market = new SyntheticMarket(1, btc, 40_000, 1_704_067_200_000L);
            try (BufferedWriter out = Files.newBufferedWriter(file)) {
                out.write("open_time_ms,open,high,low,close,volume\n");
                for (int i = 0; i < ROWS; i++) {
                    Candle c = market.next();
                    out.write(c.openTime() + "," + c.open() + "," + c.high() + "," + c.low() + "," + c.close() + "," + c.volume() + "\n");
                }
            }
            for (int round = 0; round < 3; round++) {
                long start = System.nanoTime();
                long lines = 0;
                try (BufferedReader in = Files.newBufferedReader(file)) {
                    while (in.readLine() != null) {
                        lines++;
                    }
                }
                double baseline = lines / ((System.nanoTime() - start) / 1e9);
                InMemoryCandleStore store = new InMemoryCandleStore();
                start = System.nanoTime();
                int rows = new CandleFileImporter(store).importFile(file, CandleFileFormat.CSV, btc, Timeframe.M1).candles();
                double imported = rows / ((System.nanoTime() - start) / 1e9);
                if (round == 2) {
                    System.out.printf("import of %,d 1m rows: %,.0f rows/s; baseline (read lines only) %,.0f rows/s; ratio %.2f%n",
                            rows, imported, baseline, imported / baseline);
                }
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
