package io.wavegrid.exchange.binance.internal.parse;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.wavegrid.market.api.Candle;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Timeframe;

/** The body of GET /api/v3/klines: only bars already closed at {@code nowMillis} are kept. */
public final class BinanceKlines {

    private BinanceKlines() {
    }

    public static List<Candle> parse(JsonNode rows, Symbol symbol, Timeframe timeframe, long nowMillis) {
        if (!rows.isArray()) {
            throw new IllegalArgumentException("Binance klines answer is not an array: " + rows.getNodeType());
        }
        List<Candle> candles = new ArrayList<>(rows.size());
        for (JsonNode row : rows) {
            if (!row.isArray() || row.size() < 7) {
                throw new IllegalArgumentException("malformed Binance kline row: " + row);
            }
            long open = row.get(0).asLong();
            if (open + timeframe.millis() > nowMillis) {
                continue; // still forming
            }
            candles.add(new Candle(symbol, timeframe, open, row.get(1).asDouble(), row.get(2).asDouble(),
                    row.get(3).asDouble(), row.get(4).asDouble(), row.get(5).asDouble()));
        }
        return candles;
    }
}
