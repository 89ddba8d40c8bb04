package io.wavegrid.exchange.paper.internal;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import io.wavegrid.market.api.Symbol;
import io.wavegrid.trading.api.ExchangeException;
import io.wavegrid.trading.api.InstrumentRules;
import io.wavegrid.trading.api.OrderRequest;

/**
 * Instrument rules of the paper exchange and the filter checks Binance applies to a new order: PRICE_FILTER
 * (tick), LOT_SIZE (minimum and step) and NOTIONAL (minimum value at the order's or the last price).
 */
final class SymbolRules {

    private final Map<Symbol, InstrumentRules> rules;

    private SymbolRules(Map<Symbol, InstrumentRules> rules) {
        this.rules = Map.copyOf(rules);
    }

    /** Parses entries {@code SYMBOL:tick:step:minQty:minNotional}, e.g. {@code BTCUSDT:0.01:0.00001:0.00001:5}. */
    static SymbolRules parse(String[] entries) {
        Map<Symbol, InstrumentRules> rules = new HashMap<>();
        for (String entry : entries) {
            String[] f = entry.trim().split(":");
            try {
                if (f.length != 5) {
                    throw new IllegalArgumentException("expected 5 fields");
                }
                Symbol symbol = Symbol.parse(f[0]);
                BigDecimal tick = positive(f[1]);
                BigDecimal step = positive(f[2]);
                BigDecimal minQty = positive(f[3]);
                BigDecimal minNotional = new BigDecimal(f[4].trim());
                rules.put(symbol, new InstrumentRules(symbol, tick, step, minQty, minNotional, true));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("paper rule '" + entry
                        + "' must be SYMBOL:tick:step:minQty:minNotional with positive numbers: " + e.getMessage());
            }
        }
        return new SymbolRules(rules);
    }

    InstrumentRules get(Symbol symbol) throws ExchangeException {
        InstrumentRules r = rules.get(symbol);
        if (r == null) {
            throw BinanceErrors.notFound(BinanceErrors.INVALID_SYMBOL, symbol + " is not configured on the paper exchange");
        }
        return r;
    }

    /** Throws the error Binance would give, or returns the rules the order passed. */
    InstrumentRules check(OrderRequest request, BigDecimal lastPrice) throws ExchangeException {
        InstrumentRules r = get(request.symbol());
        if (!r.trading()) {
            throw BinanceErrors.rejected(BinanceErrors.MARKET_CLOSED, request.symbol() + " is not trading");
        }
        for (BigDecimal price : new BigDecimal[] {request.price(), request.stopPrice()}) {
            if (price != null && !isMultiple(price, r.tickSize())) {
                throw BinanceErrors.rejected(BinanceErrors.PRICE_FILTER, "price " + price.toPlainString()
                        + " is not a multiple of the tick size " + r.tickSize().toPlainString());
            }
        }
        BigDecimal quantity = request.quantity();
        if (quantity.compareTo(r.minQuantity()) < 0) {
            throw BinanceErrors.rejected(BinanceErrors.LOT_SIZE, "quantity " + quantity.toPlainString()
                    + " is below the minimum " + r.minQuantity().toPlainString());
        }
        if (!isMultiple(quantity, r.stepSize())) {
            throw BinanceErrors.rejected(BinanceErrors.LOT_SIZE, "quantity " + quantity.toPlainString()
                    + " is not a multiple of the step size " + r.stepSize().toPlainString());
        }
        BigDecimal reference = request.price() != null ? request.price()
                : request.stopPrice() != null ? request.stopPrice() : lastPrice;
        if (reference != null && quantity.multiply(reference).compareTo(r.minNotional()) < 0) {
            throw BinanceErrors.rejected(BinanceErrors.NOTIONAL, "order value " + quantity.multiply(reference).toPlainString()
                    + " is below the minimum notional " + r.minNotional().toPlainString());
        }
        return r;
    }

    private static boolean isMultiple(BigDecimal value, BigDecimal increment) {
        return value.remainder(increment).signum() == 0;
    }

    private static BigDecimal positive(String text) {
        BigDecimal value = new BigDecimal(text.trim());
        if (value.signum() <= 0) {
            throw new IllegalArgumentException(text + " is not positive");
        }
        return value;
    }
}
