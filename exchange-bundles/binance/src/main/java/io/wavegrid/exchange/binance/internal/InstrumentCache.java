package io.wavegrid.exchange.binance.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import io.wavegrid.exchange.binance.internal.http.BinanceRest;
import io.wavegrid.exchange.binance.internal.parse.BinanceInstruments;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.trading.api.ExchangeException;
import io.wavegrid.trading.api.ExchangeException.Reason;
import io.wavegrid.trading.api.InstrumentRules;

/** Binance's symbol rules, loaded on first use and refreshed hourly; also sizes the rate limiter from them. */
final class InstrumentCache {

    private static final Duration MAX_AGE = Duration.ofHours(1);
    private static final int EXCHANGE_INFO_WEIGHT = 20;

    private final BinanceRest rest;
    private final Clock clock;
    private volatile BinanceInstruments instruments;
    private long loadedAt;

    InstrumentCache(BinanceRest rest, Clock clock) {
        this.rest = rest;
        this.clock = clock;
    }

    synchronized BinanceInstruments get() throws ExchangeException {
        if (instruments == null || clock.millis() - loadedAt > MAX_AGE.toMillis()) {
            BinanceInstruments loaded = BinanceInstruments.parse(
                    rest.call("GET", "/api/v3/exchangeInfo", Map.of(), BinanceRest.Security.NONE, EXCHANGE_INFO_WEIGHT));
            rest.limiter().resize(loaded.requestWeightPerMinute());
            instruments = loaded;
            loadedAt = clock.millis();
        }
        return instruments;
    }

    InstrumentRules rules(Symbol symbol) throws ExchangeException {
        InstrumentRules rules = get().rules(symbol);
        if (rules == null) {
            throw new ExchangeException(Reason.NOT_FOUND, "Binance -1121 Invalid symbol. (" + symbol + " is not listed)");
        }
        return rules;
    }

    /** Binance's code to a symbol; before the first load the code is split on well-known quote assets. */
    Symbol symbol(String code) {
        BinanceInstruments loaded = instruments;
        return loaded != null ? loaded.symbol(code) : Symbol.parse(code);
    }
}
