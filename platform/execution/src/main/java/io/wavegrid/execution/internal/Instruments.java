package io.wavegrid.execution.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.wavegrid.market.api.Symbol;
import io.wavegrid.trading.api.ExchangeAdapter;
import io.wavegrid.trading.api.ExchangeException;
import io.wavegrid.trading.api.InstrumentRules;

/** The exchange's rules per symbol, asked once and kept, so the per-candle path never calls the exchange for them. */
final class Instruments {

    private final ExchangeAdapter exchange;
    private final Map<Symbol, InstrumentRules> rules = new ConcurrentHashMap<>();

    Instruments(ExchangeAdapter exchange) {
        this.exchange = exchange;
    }

    InstrumentRules get(Symbol symbol) throws ExchangeException {
        InstrumentRules known = rules.get(symbol);
        if (known != null) {
            return known;
        }
        InstrumentRules fetched = exchange.rules(symbol);
        if (fetched == null) {
            throw new ExchangeException(ExchangeException.Reason.NOT_FOUND, "the exchange has no rules for " + symbol);
        }
        rules.put(symbol, fetched);
        return fetched;
    }

    Optional<InstrumentRules> cached(Symbol symbol) {
        return Optional.ofNullable(rules.get(symbol));
    }

    /** Rules change rarely (new tick sizes, delistings); reconciliation asks again. */
    void forget() {
        rules.clear();
    }
}
