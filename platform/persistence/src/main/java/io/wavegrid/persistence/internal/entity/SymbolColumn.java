package io.wavegrid.persistence.internal.entity;

import io.wavegrid.market.api.Symbol;

/** Symbols are stored as {@code BASE/QUOTE}, which parses back without guessing where the quote starts. */
public final class SymbolColumn {

    private SymbolColumn() {
    }

    public static String store(Symbol symbol) {
        return symbol.base() + "/" + symbol.quote();
    }

    public static Symbol load(String stored) {
        return Symbol.parse(stored);
    }
}
