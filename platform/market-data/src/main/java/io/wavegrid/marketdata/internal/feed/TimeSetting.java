package io.wavegrid.marketdata.internal.feed;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Reads a configured point in time: an ISO-8601 instant, a date (midnight UTC) or Unix milliseconds. */
public final class TimeSetting {

    private TimeSetting() {
    }

    /** Returns {@code fallback} for an empty value; throws naming the setting for an unreadable one. */
    public static long parse(String setting, String value, long fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        String v = value.trim();
        try {
            if (v.chars().allMatch(Character::isDigit)) {
                return Long.parseLong(v);
            }
            if (v.length() == 10) {
                return LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            }
            return Instant.parse(v).toEpochMilli();
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException(setting + " '" + value
                    + "' is not a time: use 2024-01-01, 2024-01-01T00:00:00Z or Unix milliseconds");
        }
    }
}
