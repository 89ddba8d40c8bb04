package io.wavegrid.execution.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Peak equity and the equity at the start of the engine's UTC day, from which the daily P&amp;L is measured. Fed
 * the equity at each candle close on the engine's clock, so a replay gets the same figures as the live run did.
 */
final class EquityWatch {

    private BigDecimal peak;
    private BigDecimal dayStart;
    private LocalDate day;

    /** Records the equity at {@code time}; the first observation of a UTC day becomes that day's start. */
    synchronized void observe(BigDecimal equity, Instant time) {
        // From the epoch day directly: atZone(UTC) builds new zone rules on every call, once per candle here.
        LocalDate today = LocalDate.ofEpochDay(Math.floorDiv(time.getEpochSecond(), 86_400));
        if (day == null || today.isAfter(day)) {
            day = today;
            dayStart = equity;
        }
        peak = peak == null || equity.compareTo(peak) > 0 ? equity : peak;
    }

    synchronized BigDecimal peak(BigDecimal equity) {
        return peak == null || equity.compareTo(peak) > 0 ? equity : peak;
    }

    synchronized BigDecimal dailyPnl(BigDecimal equity) {
        return dayStart == null ? BigDecimal.ZERO : equity.subtract(dayStart);
    }
}
