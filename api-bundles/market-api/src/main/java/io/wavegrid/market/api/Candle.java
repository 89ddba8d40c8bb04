package io.wavegrid.market.api;

/**
 * One closed OHLCV bar. Prices are {@code double} because candles feed the analysis hot path; exact money
 * lives in orders, fills and balances. The constructor rejects any bar that could poison analysis state.
 *
 * @param openTime open time in Unix milliseconds UTC, aligned to the timeframe
 * @param volume   traded volume in the base asset
 */
public record Candle(Symbol symbol, Timeframe timeframe, long openTime,
                     double open, double high, double low, double close, double volume) {

    public Candle {
        if (symbol == null || timeframe == null) {
            throw new IllegalArgumentException("candle needs a symbol and a timeframe");
        }
        String problem = problem(timeframe, openTime, open, high, low, close, volume);
        if (problem != null) {
            throw new IllegalArgumentException("invalid " + symbol + " " + timeframe.code() + " candle at " + openTime + ": " + problem);
        }
    }

    /**
     * Why these values cannot form a candle, or {@code null} when they can. Importers use it to report a
     * bad row without the cost of an exception per row.
     */
    public static String problem(Timeframe timeframe, long openTime,
                                 double open, double high, double low, double close, double volume) {
        if (!(Double.isFinite(open) && Double.isFinite(high) && Double.isFinite(low) && Double.isFinite(close))) {
            return "price is NaN or infinite";
        }
        if (!Double.isFinite(volume)) {
            return "volume is NaN or infinite";
        }
        if (open <= 0 || high <= 0 || low <= 0 || close <= 0) {
            return "price must be positive";
        }
        if (volume < 0) {
            return "volume is negative";
        }
        if (high < Math.max(open, close)) {
            return "high " + high + " is below open/close";
        }
        if (low > Math.min(open, close)) {
            return "low " + low + " is above open/close";
        }
        if (!timeframe.isAligned(openTime)) {
            return "open time " + openTime + " is not aligned to " + timeframe.code();
        }
        return null;
    }

    /** First millisecond after this bar. */
    public long closeTime() {
        return openTime + timeframe.millis();
    }
}
