package io.wavegrid.market.api;

/** Candle durations supported by the platform, with the exchanges' common notation ("1m", "4h", "1d"). */
public enum Timeframe {
    M1("1m", 60_000L),
    M3("3m", 3 * 60_000L),
    M5("5m", 5 * 60_000L),
    M15("15m", 15 * 60_000L),
    M30("30m", 30 * 60_000L),
    H1("1h", 3_600_000L),
    H2("2h", 2 * 3_600_000L),
    H4("4h", 4 * 3_600_000L),
    H6("6h", 6 * 3_600_000L),
    H8("8h", 8 * 3_600_000L),
    H12("12h", 12 * 3_600_000L),
    D1("1d", 86_400_000L),
    W1("1w", 7 * 86_400_000L);

    /** 1970-01-01 was a Thursday; exchanges start weekly candles on Monday. */
    private static final long WEEK_OFFSET_MS = 4 * 86_400_000L;

    private final String code;
    private final long millis;

    Timeframe(String code, long millis) {
        this.code = code;
        this.millis = millis;
    }

    public String code() {
        return code;
    }

    public long millis() {
        return millis;
    }

    /** Start of the candle that contains {@code epochMillis}. */
    public long align(long epochMillis) {
        long offset = this == W1 ? WEEK_OFFSET_MS : 0L;
        return Math.floorDiv(epochMillis - offset, millis) * millis + offset;
    }

    public boolean isAligned(long epochMillis) {
        return align(epochMillis) == epochMillis;
    }

    /** Parses "1m", "15m", "1h", "1d", "1w" (also the enum names "M1", "H1"). */
    public static Timeframe parse(String text) {
        if (text != null) {
            String t = text.trim();
            for (Timeframe tf : values()) {
                if (tf.code.equals(t) || tf.name().equalsIgnoreCase(t)) {
                    return tf;
                }
            }
        }
        throw new IllegalArgumentException("unknown timeframe '" + text + "': use one of 1m 3m 5m 15m 30m 1h 2h 4h 6h 8h 12h 1d 1w");
    }
}
