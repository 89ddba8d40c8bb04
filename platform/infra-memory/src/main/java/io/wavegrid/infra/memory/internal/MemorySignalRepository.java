package io.wavegrid.infra.memory.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.wavegrid.infra.api.SignalRepository;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.signal.api.TradingSignal;

import org.osgi.service.component.annotations.Component;

/** Signals kept for the life of the process: for backtests and tests; the database repository is the default. */
@Component(service = SignalRepository.class, property = {"service.ranking:Integer=-100", "infra.backend=memory"})
public class MemorySignalRepository implements SignalRepository {

    private final Map<String, TradingSignal> signals = new ConcurrentHashMap<>();

    @Override
    public void save(TradingSignal signal) {
        signals.put(signal.id(), signal);
    }

    @Override
    public Optional<TradingSignal> find(String id) {
        return Optional.ofNullable(signals.get(id));
    }

    @Override
    public List<TradingSignal> recent(Symbol symbol, int limit) {
        return signals.values().stream().filter(s -> s.symbol().equals(symbol))
                .sorted(Comparator.comparing(TradingSignal::timestamp).thenComparing(TradingSignal::id).reversed())
                .limit(Math.max(0, limit)).toList();
    }
}
