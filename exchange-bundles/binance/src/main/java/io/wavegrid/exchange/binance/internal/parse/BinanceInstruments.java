package io.wavegrid.exchange.binance.internal.parse;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.wavegrid.market.api.Symbol;
import io.wavegrid.trading.api.InstrumentRules;

/**
 * Binance's exchangeInfo read into instrument rules (PRICE_FILTER tick, LOT_SIZE step and minimum,
 * NOTIONAL or MIN_NOTIONAL minimum, TRADING status), both-way symbol mapping, and the published
 * REQUEST_WEIGHT limit per minute.
 */
public final class BinanceInstruments {

    private final Map<Symbol, InstrumentRules> rules;
    private final Map<String, Symbol> byCode;
    private final int requestWeightPerMinute;

    private BinanceInstruments(Map<Symbol, InstrumentRules> rules, Map<String, Symbol> byCode, int weight) {
        this.rules = Map.copyOf(rules);
        this.byCode = Map.copyOf(byCode);
        this.requestWeightPerMinute = weight;
    }

    public static BinanceInstruments parse(JsonNode exchangeInfo) {
        Map<Symbol, InstrumentRules> rules = new HashMap<>();
        Map<String, Symbol> byCode = new HashMap<>();
        for (JsonNode s : exchangeInfo.path("symbols")) {
            Symbol symbol;
            try {
                symbol = new Symbol(s.path("baseAsset").asText(), s.path("quoteAsset").asText());
            } catch (IllegalArgumentException e) {
                continue; // assets outside the platform's alphabet cannot be traded here
            }
            BigDecimal tick = null;
            BigDecimal step = null;
            BigDecimal minQty = BigDecimal.ZERO;
            BigDecimal minNotional = BigDecimal.ZERO;
            for (JsonNode f : s.path("filters")) {
                switch (f.path("filterType").asText()) {
                    case "PRICE_FILTER" -> tick = decimal(f, "tickSize");
                    case "LOT_SIZE" -> {
                        step = decimal(f, "stepSize");
                        minQty = decimal(f, "minQty");
                    }
                    case "NOTIONAL", "MIN_NOTIONAL" -> minNotional = decimal(f, "minNotional");
                    default -> { }
                }
            }
            rules.put(symbol, new InstrumentRules(symbol, tick, step, minQty, minNotional,
                    "TRADING".equals(s.path("status").asText())));
            byCode.put(s.path("symbol").asText(), symbol);
        }
        int weight = 0;
        for (JsonNode limit : exchangeInfo.path("rateLimits")) {
            if ("REQUEST_WEIGHT".equals(limit.path("rateLimitType").asText()) && "MINUTE".equals(limit.path("interval").asText())) {
                weight = limit.path("limit").asInt() / Math.max(1, limit.path("intervalNum").asInt(1));
            }
        }
        return new BinanceInstruments(rules, byCode, weight);
    }

    public InstrumentRules rules(Symbol symbol) {
        return rules.get(symbol);
    }

    /** Binance's code to the platform's symbol, e.g. "BTCUSDT" to BTC/USDT; guesses the split for unknown codes. */
    public Symbol symbol(String code) {
        Symbol known = byCode.get(code);
        return known != null ? known : Symbol.parse(code);
    }

    public static String code(Symbol symbol) {
        return symbol.base() + symbol.quote();
    }

    /** 0 when exchangeInfo did not publish it. */
    public int requestWeightPerMinute() {
        return requestWeightPerMinute;
    }

    public int size() {
        return rules.size();
    }

    private static BigDecimal decimal(JsonNode node, String field) {
        BigDecimal value = new BigDecimal(node.path(field).asText("0"));
        return value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    }
}
