package io.wavegrid.itests;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.wavegrid.market.api.Candle;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Timeframe;

/**
 * Candle files in the three formats {@code wavegrid:data-import} reads, written from known candles so what the
 * store gives back can be compared with them: the normalised CSV, Binance's 12-column kline CSV and Binance's
 * REST kline JSON.
 */
final class ImportFiles {

    static final long ORIGIN = 1_704_067_200_000L; // 2024-01-01T00:00Z
    static final int BARS = 300;

    private ImportFiles() {
    }

    /** {@link #BARS} valid 1m candles from {@link #ORIGIN}, prices with two decimals so they survive any store exactly. */
    static List<Candle> candles(Symbol symbol, double base) {
        List<Candle> candles = new ArrayList<>(BARS);
        for (int i = 0; i < BARS; i++) {
            double open = cents(base + i * 0.37);
            double close = cents(open + (i % 5 - 2) * 0.11);
            candles.add(new Candle(symbol, Timeframe.M1, ORIGIN + i * 60_000L, open, cents(Math.max(open, close) + 0.25),
                    cents(Math.min(open, close) - 0.25), close, cents(1 + i % 13 * 0.5)));
        }
        return candles;
    }

    static Path csv(Path dir, List<Candle> candles) throws IOException {
        StringBuilder out = new StringBuilder("open_time_ms,open,high,low,close,volume\n");
        for (Candle c : candles) {
            out.append(c.openTime()).append(',').append(text(c.open())).append(',').append(text(c.high())).append(',')
                    .append(text(c.low())).append(',').append(text(c.close())).append(',').append(text(c.volume())).append('\n');
        }
        return Files.writeString(dir.resolve("normalised.csv"), out);
    }

    static Path binanceCsv(Path dir, List<Candle> candles) throws IOException {
        StringBuilder out = new StringBuilder();
        for (Candle c : candles) {
            out.append(c.openTime()).append(',').append(text(c.open())).append(',').append(text(c.high())).append(',')
                    .append(text(c.low())).append(',').append(text(c.close())).append(',').append(text(c.volume())).append(',')
                    .append(c.openTime() + 59_999).append(",1000.5,42,0.5,500.25,0\n");
        }
        return Files.writeString(dir.resolve("binance-klines.csv"), out);
    }

    static Path binanceJson(Path dir, List<Candle> candles) throws IOException {
        StringBuilder out = new StringBuilder("[");
        for (Candle c : candles) {
            out.append(out.length() > 1 ? "," : "").append('[').append(c.openTime()).append(",\"").append(text(c.open()))
                    .append("\",\"").append(text(c.high())).append("\",\"").append(text(c.low())).append("\",\"")
                    .append(text(c.close())).append("\",\"").append(text(c.volume())).append("\",").append(c.openTime() + 59_999)
                    .append(",\"1000.5\",42,\"0.5\",\"500.25\",\"0\"]");
        }
        return Files.writeString(dir.resolve("binance-klines.json"), out.append(']'));
    }

    /** A normalised CSV whose third line (the second bar) has its high under its low. */
    static Path brokenCsv(Path dir, List<Candle> candles) throws IOException {
        Path file = csv(dir, candles);
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        Candle c = candles.get(1);
        lines.set(2, c.openTime() + "," + text(c.open()) + "," + text(c.low() - 1) + "," + text(c.low()) + "," + text(c.close()) + ","
                + text(c.volume()));
        return Files.write(dir.resolve("broken.csv"), lines);
    }

    private static double cents(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static String text(double value) {
        return BigDecimal.valueOf(value).toPlainString();
    }
}
