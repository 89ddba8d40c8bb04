package io.wavegrid.risk.internal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Why trading is reduced or halted: which limit, described with its values, and when (on the engine's clock).
 *
 * @param day the UTC day of the breach; a daily-loss breach is cleared by the first assessment of a later day
 */
record Breach(Limit limit, String description, Instant time, LocalDate day) {

    enum Limit {
        DAILY_LOSS, DRAWDOWN
    }

    @Override
    public String toString() {
        return limit + ": " + description + " at " + time;
    }
}
