package io.wavegrid.rest.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.wavegrid.signal.api.TradingSignal;

/** A trading signal as the API shows it: plain strings for symbols, timeframes and instants. */
record SignalView(String id, String profile, String symbol, String timeframe, String direction, double confidence,
                  BigDecimal entry, BigDecimal stopLoss, List<BigDecimal> takeProfits, Map<String, String> reasoning,
                  String timestamp, String expiry, String status, String reason) {

    static SignalView of(TradingSignal s) {
        Map<String, String> reasoning = new TreeMap<>();
        s.reasoning().forEach((category, text) -> reasoning.put(category.name().toLowerCase(java.util.Locale.ROOT), text));
        return new SignalView(s.id(), s.profile(), s.symbol().code(), s.timeframe() == null ? null : s.timeframe().code(),
                s.direction().name(), s.confidence(), s.entry(), s.stopLoss(), s.takeProfits(), reasoning,
                s.timestamp() == null ? null : s.timestamp().toString(), s.expiry() == null ? null : s.expiry().toString(),
                s.status().name(), s.reason());
    }
}
