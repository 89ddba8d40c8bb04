package io.wavegrid.trading.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The account's state a risk rule judges an order against.
 *
 * @param referencePrice price used to value the order (its limit price, or the last price for market orders)
 * @param exposure       gross notional of all open positions, in the quote asset
 * @param dailyPnl       realised plus unrealised P&amp;L since 00:00 UTC
 */
public record RiskContext(BigDecimal balance, BigDecimal equity, BigDecimal peakEquity, BigDecimal exposure,
                          BigDecimal dailyPnl, BigDecimal referencePrice, InstrumentRules rules,
                          List<Position> positions, Instant time) {

    public RiskContext {
        positions = List.copyOf(positions);
    }
}
