package io.wavegrid.execution.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.wavegrid.market.api.Symbol;

/** The account's live trades, found by trade key (strategy and signal), signal id and any of their order ids. */
final class TradeRegistry {

    private final Map<String, Trade> byKey = new ConcurrentHashMap<>();
    private final Map<String, Trade> bySignal = new ConcurrentHashMap<>();

    /** Adds the trade unless one with the same key exists; returns the one registered. */
    Trade add(Trade trade) {
        Trade existing = byKey.putIfAbsent(trade.key, trade);
        if (existing != null) {
            return existing;
        }
        bySignal.put(trade.intent.signalId(), trade);
        return trade;
    }

    void remove(Trade trade) {
        byKey.remove(trade.key, trade);
        bySignal.remove(trade.intent.signalId(), trade);
    }

    Optional<Trade> byKey(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    Optional<Trade> bySignal(String signalId) {
        return Optional.ofNullable(bySignal.get(signalId));
    }

    /** The trade an order belongs to: every id of a trade starts with its 22-character key. */
    Optional<Trade> byOrder(String clientOrderId) {
        if (!ClientOrderIds.looksOurs(clientOrderId)) {
            return Optional.empty();
        }
        return byKey(clientOrderId.substring(0, clientOrderId.indexOf('-')));
    }

    List<Trade> open(Symbol symbol) {
        List<Trade> result = new ArrayList<>();
        for (Trade t : byKey.values()) {
            if (t.intent.symbol().equals(symbol) && !t.closed()) {
                result.add(t);
            }
        }
        return result;
    }

    List<Trade> all() {
        return new ArrayList<>(byKey.values());
    }

    /** The trades as they are now, without a copy (weakly consistent): for the risk context of every order. */
    Iterable<Trade> live() {
        return byKey.values();
    }

    /** Forgets closed trades so the registry holds only what is still working or held. */
    void prune() {
        byKey.values().removeIf(Trade::closed);
        bySignal.values().removeIf(Trade::closed);
    }
}
