package io.wavegrid.marketdata.command.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** A time typed at the console: {@code now}, a date (midnight UTC), an ISO instant or Unix milliseconds. */
final class TimeArgument {

    private TimeArgument() {
    }

    static long parse(String name, String text) {
        String t = text.trim();
        try {
            if (t.equalsIgnoreCase("now")) {
                return System.currentTimeMillis();
            }
            if (t.chars().allMatch(Character::isDigit)) {
                return Long.parseLong(t);
            }
            return t.length() == 10 ? LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli()
                    : Instant.parse(t).toEpochMilli();
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException(name + " '" + text + "' is not a time: use now, 2024-01-01, 2024-01-01T00:00:00Z or Unix ms");
        }
    }

    static String format(long millis) {
        return Instant.ofEpochMilli(millis).toString();
    }
}
