package io.wavegrid.marketdata.internal.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;

/** Reads lines with their 1-based numbers, skipping blank lines and a byte-order mark. */
final class LineReader {

    private final BufferedReader in;
    private int number;

    LineReader(Reader reader) {
        in = reader instanceof BufferedReader b ? b : new BufferedReader(reader, 1 << 16);
    }

    /** The next non-blank line, or {@code null} at the end. */
    String next() throws IOException {
        String line;
        while ((line = in.readLine()) != null) {
            number++;
            if (number == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                line = line.substring(1);
            }
            if (!line.isBlank()) {
                return line;
            }
        }
        return null;
    }

    int number() {
        return number;
    }

    static boolean startsWithDigit(String line) {
        String t = line.stripLeading();
        return !t.isEmpty() && Character.isDigit(t.charAt(0));
    }
}
