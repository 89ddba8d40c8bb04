package io.wavegrid.marketdata;

import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Timeframe;

/**
 * What an import stored.
 *
 * @param candles   number of candles written
 * @param firstOpen open time of the first candle (Unix ms), or -1 when the file held none
 * @param lastOpen  open time of the last candle (Unix ms), or -1 when the file held none
 * @param gaps      number of spans inside the file's range where bars are missing
 */
public record ImportResult(Symbol symbol, Timeframe timeframe, int candles, long firstOpen, long lastOpen, int gaps) {
}
