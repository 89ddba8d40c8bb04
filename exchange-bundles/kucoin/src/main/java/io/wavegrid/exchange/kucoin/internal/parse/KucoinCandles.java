package io.wavegrid.exchange.kucoin.internal.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.wavegrid.market.api.Candle;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Timeframe;

/**
 * KuCoin candle rows {@code [time(sec), open, close, high, low, volume, turnover]}, newest first, as closed
 * candles oldest first. Note KuCoin's order: close comes before high and low.
 */
public final class KucoinCandles {

    private KucoinCandles() {
    }

    /** KuCoin's name of a timeframe ({@code 1min}, {@code 1hour}, {@code 1day}, {@code 1week}). */
    public static String type(Timeframe timeframe) {
        return switch (timeframe) {
            case M1, M3, M5, M15, M30 -> timeframe.code().replace("m", "min");
            case H1, H2, H4, H6, H8, H12 -> timeframe.code().replace("h", "hour");
            case D1 -> "1day";
            case W1 -> "1week";
        };
    }

    /**
     * @param data the {@code data} array of {@code /api/v1/market/candles}
     * @param now  bars not closed at this time are left out
     * @throws IllegalArgumentException naming the row when a row is malformed or not a valid candle
     */
    public static List<Candle> parse(JsonNode data, Symbol symbol, Timeframe timeframe, long now) {
        if (data == null || !data.isArray()) {
            throw new IllegalArgumentException("KuCoin candles answer has no data array");
        }
        List<Candle> candles = new ArrayList<>(data.size());
        for (int i = 0; i < data.size(); i++) {
            Candle candle = row(data.get(i), i, symbol, timeframe);
            if (candle.closeTime() <= now) {
                candles.add(candle);
            }
        }
        candles.sort(Comparator.comparingLong(Candle::openTime));
        return candles;
    }

    private static Candle row(JsonNode row, int index, Symbol symbol, Timeframe timeframe) {
        if (!row.isArray() || row.size() < 6) {
            throw new IllegalArgumentException("KuCoin candle row " + index + " is not [time, open, close, high, low, volume, turnover]: " + row);
        }
        try {
            long openTime = Long.parseLong(row.get(0).asText()) * 1000L;
            return new Candle(symbol, timeframe, openTime, number(row, 1), number(row, 3), number(row, 4), number(row, 2), number(row, 5));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("KuCoin candle row " + index + " has a non-numeric field: " + row, e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("KuCoin candle row " + index + ": " + e.getMessage(), e);
        }
    }

    private static double number(JsonNode row, int index) {
        return Double.parseDouble(row.get(index).asText());
    }
}
