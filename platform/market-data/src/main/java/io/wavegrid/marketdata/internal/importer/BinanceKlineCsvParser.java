package io.wavegrid.marketdata.internal.importer;

import java.io.IOException;
import java.io.Reader;

import io.wavegrid.market.api.Timeframe;

/**
 * Binance's public kline CSV (data.binance.vision): {@code open_time, open, high, low, close, volume,
 * close_time, quote_volume, trades, taker_buy_base, taker_buy_quote, ignore}. Spot files from 2025 on carry
 * microsecond timestamps, older ones milliseconds; each row is read in the unit its open time shows. The
 * close time must match the timeframe, which catches a file imported under the wrong timeframe.
 */
final class BinanceKlineCsvParser implements CandleFileParser {

    private static final int COLUMNS = 12;
    /** Millisecond timestamps stay below this until the year 5138; microsecond ones are far above it. */
    private static final long MICROS_THRESHOLD = 100_000_000_000_000L;

    @Override
    public void parse(Reader reader, Timeframe timeframe, RowSink sink) throws IOException {
        LineReader lines = new LineReader(reader);
        CsvFields fields = new CsvFields(COLUMNS);
        String line;
        while ((line = lines.next()) != null) {
            int n = lines.number();
            if (!LineReader.startsWithDigit(line)) {
                if (n == 1 && line.startsWith("open_time")) {
                    continue; // some of Binance's files (futures) carry a header; the columns are the same
                }
                sink.problem(n, "not a kline row: '" + NormalisedCsvParser.abbreviate(line) + "'");
                continue;
            }
            int count = fields.split(line);
            if (count != COLUMNS) {
                sink.problem(n, "expected Binance's " + COLUMNS + " kline columns, found " + (count < 0 ? "more" : String.valueOf(count)));
                continue;
            }
            try {
                long openRaw = fields.longValue(0);
                long closeRaw = fields.longValue(6);
                String timeProblem = KlineTimes.problem(openRaw, closeRaw, timeframe);
                if (timeProblem != null) {
                    sink.problem(n, timeProblem);
                    continue;
                }
                sink.row(n, KlineTimes.toMillis(openRaw), fields.doubleValue(1), fields.doubleValue(2),
                        fields.doubleValue(3), fields.doubleValue(4), fields.doubleValue(5));
            } catch (NumberFormatException e) {
                sink.problem(n, "not a number: " + e.getMessage());
            }
        }
    }

    /** Timestamp unit handling shared by the Binance formats. */
    static final class KlineTimes {

        private KlineTimes() {
        }

        static boolean isMicros(long timestamp) {
            return timestamp >= MICROS_THRESHOLD;
        }

        static long toMillis(long timestamp) {
            return isMicros(timestamp) ? timestamp / 1000 : timestamp;
        }

        /** Why open and close time do not describe one bar of the timeframe, or null. */
        static String problem(long openRaw, long closeRaw, Timeframe timeframe) {
            long unit = isMicros(openRaw) ? 1000 : 1;
            if (isMicros(openRaw) && openRaw % 1000 != 0) {
                return "open time " + openRaw + " µs is not a whole millisecond";
            }
            long span = closeRaw - openRaw + 1;
            if (span != timeframe.millis() * unit) {
                return "bar spans " + (span / unit) + " ms (open " + openRaw + ", close " + closeRaw + ") but "
                        + timeframe.code() + " bars span " + timeframe.millis() + " ms: wrong timeframe or timestamp unit?";
            }
            return null;
        }
    }
}
