package io.wavegrid.marketdata.internal.importer;

/**
 * Splits one CSV line (no quoting: candle files have none) into reusable field offsets and parses fields
 * without copying the line.
 */
final class CsvFields {

    private final int[] starts;
    private final int[] ends;
    private String line;
    private int count;

    CsvFields(int maxFields) {
        starts = new int[maxFields];
        ends = new int[maxFields];
    }

    /** Splits the line; returns the number of fields, or -1 if there are more than the maximum. */
    int split(String text) {
        line = text;
        count = 0;
        int start = 0;
        int length = text.length();
        while (true) {
            if (count == starts.length) {
                return -1;
            }
            int comma = text.indexOf(',', start);
            int end = comma < 0 ? length : comma;
            starts[count] = start;
            ends[count] = end;
            count++;
            if (comma < 0) {
                return count;
            }
            start = comma + 1;
        }
    }

    String text(int field) {
        return line.substring(starts[field], ends[field]).trim();
    }

    /** Parses an integer field; throws {@link NumberFormatException} with the field's text when it is not one. */
    long longValue(int field) {
        int start = starts[field];
        int end = ends[field];
        while (start < end && line.charAt(start) == ' ') {
            start++;
        }
        while (end > start && line.charAt(end - 1) == ' ') {
            end--;
        }
        return Long.parseLong(line, start, end, 10);
    }

    double doubleValue(int field) {
        return Double.parseDouble(line.substring(starts[field], ends[field]));
    }
}
