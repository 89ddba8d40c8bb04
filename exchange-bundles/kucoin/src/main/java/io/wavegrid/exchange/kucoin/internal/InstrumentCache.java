package io.wavegrid.exchange.kucoin.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import io.wavegrid.exchange.kucoin.internal.http.KucoinRest;
import io.wavegrid.exchange.kucoin.internal.parse.KucoinInstruments;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.trading.api.ExchangeException;
import io.wavegrid.trading.api.ExchangeException.Reason;
import io.wavegrid.trading.api.InstrumentRules;

/** KuCoin's symbol rules from {@code /api/v2/symbols}, loaded on first use and refreshed hourly. */
final class InstrumentCache {

    private static final Duration MAX_AGE = Duration.ofHours(1);
    private static final int SYMBOLS_WEIGHT = 4;

    private final KucoinRest rest;
    private final Clock clock;
    private volatile KucoinInstruments instruments;
    private long loadedAt;

    InstrumentCache(KucoinRest rest, Clock clock) {
        this.rest = rest;
        this.clock = clock;
    }

    synchronized KucoinInstruments get() throws ExchangeException {
        if (instruments == null || clock.millis() - loadedAt > MAX_AGE.toMillis()) {
            try {
                instruments = KucoinInstruments.parse(rest.get("/api/v2/symbols", Map.of(), SYMBOLS_WEIGHT));
            } catch (IllegalArgumentException e) {
                throw new ExchangeException(Reason.UNAVAILABLE, "KuCoin /api/v2/symbols: " + e.getMessage());
            }
            loadedAt = clock.millis();
        }
        return instruments;
    }

    InstrumentRules rules(Symbol symbol) throws ExchangeException {
        InstrumentRules rules = get().rules(symbol);
        if (rules == null) {
            throw new ExchangeException(Reason.NOT_FOUND, "KuCoin 900001 symbol " + KucoinInstruments.code(symbol) + " does not exist");
        }
        return rules;
    }

    /** KuCoin's code to a symbol; before the first load the code is split on its dash. */
    Symbol symbol(String code) {
        KucoinInstruments loaded = instruments;
        return loaded != null ? loaded.symbol(code) : Symbol.parse(code);
    }
}
