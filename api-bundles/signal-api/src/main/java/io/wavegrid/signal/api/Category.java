package io.wavegrid.signal.api;

import java.util.Locale;

/**
 * Family of evidence. Each has a seed weight; a strategy profile overrides them, and the engine
 * renormalises over the categories that actually contributed on a bar.
 */
public enum Category {
    TECHNICAL(0.30),
    PATTERNS(0.20),
    ELLIOTT(0.25),
    FIBONACCI(0.20),
    VOLUME(0.05),
    /** Whole strategies packaged as contributors; no seed weight in the design, so a modest one. */
    STRATEGY(0.20);

    private final double seedWeight;

    Category(double seedWeight) {
        this.seedWeight = seedWeight;
    }

    public double seedWeight() {
        return seedWeight;
    }

    /** Lower-case name used in configuration keys, e.g. {@code weight.technical}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Category parse(String text) {
        if (text != null) {
            for (Category c : values()) {
                if (c.key().equalsIgnoreCase(text.trim())) {
                    return c;
                }
            }
        }
        throw new IllegalArgumentException("unknown category '" + text
                + "': use technical, patterns, elliott, fibonacci, volume or strategy");
    }
}
