package io.wavegrid.marketdata;

import java.util.Locale;

/** Candle file formats the importer reads. */
public enum CandleFileFormat {
    /** {@code open_time_ms,open,high,low,close,volume}, header optional, open time in Unix ms UTC. */
    CSV("csv"),
    /** Binance's public kline CSV (data.binance.vision): 12 columns, no header, ms or µs timestamps. */
    BINANCE_CSV("binance-csv"),
    /** The body of Binance's {@code GET /api/v3/klines}: a JSON array of 12-element arrays. */
    BINANCE_JSON("binance-json");

    private final String code;

    CandleFileFormat(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static CandleFileFormat parse(String text) {
        if (text != null) {
            String t = text.trim().toLowerCase(Locale.ROOT);
            for (CandleFileFormat format : values()) {
                if (format.code.equals(t) || format.name().equalsIgnoreCase(t)) {
                    return format;
                }
            }
        }
        throw new IllegalArgumentException("unknown candle file format '" + text + "': use csv, binance-csv or binance-json");
    }
}
