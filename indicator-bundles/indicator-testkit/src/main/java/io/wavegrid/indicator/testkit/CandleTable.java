package io.wavegrid.indicator.testkit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import io.wavegrid.market.api.Candle;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Timeframe;

/** Columns of candles in memory: the normalised shared CSVs, or generated data. */
public final class CandleTable {

    public final Symbol symbol;
    public final Timeframe timeframe;
    public final long[] openTime;
    public final double[] open;
    public final double[] high;
    public final double[] low;
    public final double[] close;
    public final double[] volume;

    public CandleTable(Symbol symbol, Timeframe timeframe, long[] openTime, double[] open, double[] high, double[] low,
                       double[] close, double[] volume) {
        this.symbol = symbol;
        this.timeframe = timeframe;
        this.openTime = openTime;
        this.open = open;
        this.high = high;
        this.low = low;
        this.close = close;
        this.volume = volume;
    }

    public int size() {
        return close.length;
    }

    public Candle candle(int i) {
        return new Candle(symbol, timeframe, openTime[i], open[i], high[i], low[i], close[i], volume[i]);
    }

    /** Reads {@code open_time_ms,open,high,low,close,volume}; rows a candle would reject fail the load. */
    public static CandleTable readCsv(Path csv, Symbol symbol, Timeframe timeframe) {
        int capacity = 1 << 16;
        long[] t = new long[capacity];
        double[][] columns = new double[5][capacity];
        int n = 0;
        try (BufferedReader reader = Files.newBufferedReader(csv)) {
            String header = reader.readLine();
            if (header == null || !header.startsWith("open_time_ms")) {
                throw new IllegalArgumentException(csv + " is not a normalised candle CSV: header " + header);
            }
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                if (n == t.length) {
                    t = Arrays.copyOf(t, n * 2);
                    for (int c = 0; c < 5; c++) {
                        columns[c] = Arrays.copyOf(columns[c], n * 2);
                    }
                }
                String[] fields = line.split(",");
                t[n] = Long.parseLong(fields[0].trim());
                for (int c = 0; c < 5; c++) {
                    columns[c][n] = Double.parseDouble(fields[c + 1].trim());
                }
                n++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + csv, e);
        }
        return new CandleTable(symbol, timeframe, Arrays.copyOf(t, n), Arrays.copyOf(columns[0], n),
                Arrays.copyOf(columns[1], n), Arrays.copyOf(columns[2], n), Arrays.copyOf(columns[3], n),
                Arrays.copyOf(columns[4], n));
    }

    /** The shared BTCUSDT 1h history (skips the test when absent). */
    public static CandleTable btcHourly() {
        return readCsv(SharedData.btcHourly(), new Symbol("BTC", "USDT"), Timeframe.H1);
    }
}
