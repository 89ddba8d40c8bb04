package io.wavegrid.marketdata.internal.importer;

import java.io.IOException;
import java.io.Reader;

import io.wavegrid.market.api.Timeframe;

/** {@code open_time_ms,open,high,low,close,volume}; the header line is optional but, if present, must be exactly that. */
final class NormalisedCsvParser implements CandleFileParser {

    static final String HEADER = "open_time_ms,open,high,low,close,volume";
    private static final int COLUMNS = 6;

    @Override
    public void parse(Reader reader, Timeframe timeframe, RowSink sink) throws IOException {
        LineReader lines = new LineReader(reader);
        CsvFields fields = new CsvFields(COLUMNS);
        String line;
        while ((line = lines.next()) != null) {
            int n = lines.number();
            if (!LineReader.startsWithDigit(line)) {
                if (n == 1 && line.replace(" ", "").equalsIgnoreCase(HEADER)) {
                    continue;
                }
                sink.problem(n, n == 1 ? "unexpected header '" + abbreviate(line) + "', expected '" + HEADER + "'"
                        : "not a candle row: '" + abbreviate(line) + "'");
                continue;
            }
            int count = fields.split(line);
            if (count != COLUMNS) {
                sink.problem(n, "expected " + COLUMNS + " columns (" + HEADER + "), found "
                        + (count < 0 ? "more" : String.valueOf(count)));
                continue;
            }
            try {
                sink.row(n, fields.longValue(0), fields.doubleValue(1), fields.doubleValue(2), fields.doubleValue(3),
                        fields.doubleValue(4), fields.doubleValue(5));
            } catch (NumberFormatException e) {
                sink.problem(n, "not a number: " + e.getMessage());
            }
        }
    }

    static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
