package io.wavegrid.exchange.kucoin.internal.parse;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.wavegrid.market.api.Symbol;
import io.wavegrid.trading.api.InstrumentRules;

/**
 * KuCoin's {@code GET /api/v2/symbols} as rules per symbol, and the symbol mapping both ways
 * ({@code BTCUSDT} ↔ {@code BTC-USDT}). An entry that cannot be read is skipped, not guessed.
 */
public final class KucoinInstruments {

    private final Map<Symbol, InstrumentRules> rules;
    private final Map<String, Symbol> byCode;

    private KucoinInstruments(Map<Symbol, InstrumentRules> rules, Map<String, Symbol> byCode) {
        this.rules = rules;
        this.byCode = byCode;
    }

    /** KuCoin's spelling of a symbol. */
    public static String code(Symbol symbol) {
        return symbol.base() + "-" + symbol.quote();
    }

    /**
     * @param data the {@code data} array of the answer
     * @throws IllegalArgumentException when the answer is not a list of symbols
     */
    public static KucoinInstruments parse(JsonNode data) {
        if (data == null || !data.isArray()) {
            throw new IllegalArgumentException("KuCoin symbols answer has no data array");
        }
        Map<Symbol, InstrumentRules> rules = new HashMap<>();
        Map<String, Symbol> byCode = new HashMap<>();
        for (JsonNode entry : data) {
            InstrumentRules parsed = rules(entry);
            if (parsed != null) {
                rules.put(parsed.symbol(), parsed);
                byCode.put(entry.path("symbol").asText(), parsed.symbol());
                byCode.put(parsed.symbol().code(), parsed.symbol());
            }
        }
        return new KucoinInstruments(Map.copyOf(rules), Map.copyOf(byCode));
    }

    /** Rules of one {@code /api/v2/symbols} entry, or null when it lacks a field or is malformed. */
    static InstrumentRules rules(JsonNode entry) {
        try {
            Symbol symbol = new Symbol(entry.path("baseCurrency").asText(), entry.path("quoteCurrency").asText());
            return new InstrumentRules(symbol, decimal(entry, "priceIncrement"), decimal(entry, "baseIncrement"),
                    decimal(entry, "baseMinSize"), decimal(entry, "minFunds", "quoteMinSize"),
                    entry.path("enableTrading").asBoolean(false));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public InstrumentRules rules(Symbol symbol) {
        return rules.get(symbol);
    }

    public int size() {
        return rules.size();
    }

    /** A KuCoin ({@code BTC-USDT}) or neutral ({@code BTCUSDT}) code to a symbol; unknown codes are parsed. */
    public Symbol symbol(String code) {
        Symbol known = byCode.get(code);
        return known != null ? known : Symbol.parse(code);
    }

    private static BigDecimal decimal(JsonNode entry, String field, String... fallbacks) {
        JsonNode value = entry.path(field);
        for (int i = 0; (value.isMissingNode() || value.isNull()) && i < fallbacks.length; i++) {
            value = entry.path(fallbacks[i]);
        }
        if (value.isMissingNode() || value.isNull()) {
            throw new IllegalArgumentException("missing " + field);
        }
        BigDecimal decimal = new BigDecimal(value.asText());
        if (decimal.signum() < 0) {
            throw new IllegalArgumentException(field + " is negative");
        }
        return decimal.stripTrailingZeros();
    }
}
