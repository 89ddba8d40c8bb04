package io.wavegrid.indicator.core;

import java.util.Locale;

/**
 * How a recursive average gets its first value. Published reference values differ on exactly this, so
 * every average states which convention it follows.
 */
public enum Seeding {
    /** The first value is the simple mean of the first {@code period} inputs (Wilder, TA-Lib, Tulip). */
    SMA,
    /** The first input is the first value and recursion starts at once (ta4j). */
    FIRST_VALUE;

    public static Seeding parse(String text) {
        if (text != null) {
            String t = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
            for (Seeding s : values()) {
                if (s.name().equals(t)) {
                    return s;
                }
            }
        }
        throw new IllegalArgumentException("unknown seeding '" + text + "': use SMA or FIRST_VALUE");
    }
}
