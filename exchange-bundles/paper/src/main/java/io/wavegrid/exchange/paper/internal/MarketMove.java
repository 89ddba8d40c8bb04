package io.wavegrid.exchange.paper.internal;

import java.math.BigDecimal;
import java.time.Instant;

import io.wavegrid.market.api.Candle;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Trade;

/**
 * What the market did over a span, as the matching engine needs it: a closed candle, or a single trade
 * (a span where open, high, low and close are all the trade's price).
 */
record MarketMove(Symbol symbol, BigDecimal open, BigDecimal high, BigDecimal low, BigDecimal close,
                  BigDecimal volume, Instant time) {

    static MarketMove of(Candle c) {
        return new MarketMove(c.symbol(), BigDecimal.valueOf(c.open()), BigDecimal.valueOf(c.high()),
                BigDecimal.valueOf(c.low()), BigDecimal.valueOf(c.close()), BigDecimal.valueOf(c.volume()),
                Instant.ofEpochMilli(c.closeTime()));
    }

    static MarketMove of(Trade t) {
        return new MarketMove(t.symbol(), t.price(), t.price(), t.price(), t.price(), t.quantity(), t.time());
    }
}
