package io.wavegrid.indicator.levels.internal;

import io.wavegrid.indicator.core.Periods;

/**
 * Parameters of the support/resistance analysis.
 *
 * @param pivotBars    bars on each side a swing high/low must dominate
 * @param clusterAtr   pivots closer than this many ATRs to a level join it
 * @param maxAgeBars   a level untouched for this many bars is dropped
 * @param refreshBars  strengths decay with time, so the list is republished at least this often
 */
record LevelSettings(String name, int pivotBars, int atrPeriod, double clusterAtr, int maxLevels, int maxAgeBars,
                     int refreshBars) {

    LevelSettings {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("level provider needs a name");
        }
        Periods.requirePositive("pivotBars", pivotBars);
        Periods.requirePositive("atrPeriod", atrPeriod);
        Periods.requirePositive("clusterAtr", clusterAtr);
        Periods.requirePositive("maxLevels", maxLevels);
        Periods.requirePositive("maxAgeBars", maxAgeBars);
        Periods.requirePositive("refreshBars", refreshBars);
    }

    /** The defaults of the component's configuration. */
    static LevelSettings defaults() {
        return new LevelSettings("support-resistance", 5, 14, 0.5, 12, 500, 24);
    }
}
