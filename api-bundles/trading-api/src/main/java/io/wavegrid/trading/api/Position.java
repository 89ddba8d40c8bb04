package io.wavegrid.trading.api;

import java.math.BigDecimal;

import io.wavegrid.market.api.Symbol;

/**
 * Net holding in a symbol.
 *
 * @param quantity positive long, negative short, zero flat
 * @param fees     total fees paid, in the quote asset
 */
public record Position(String account, Symbol symbol, BigDecimal quantity, BigDecimal averageEntry,
                       BigDecimal realizedPnl, BigDecimal unrealizedPnl, BigDecimal fees) {
}
