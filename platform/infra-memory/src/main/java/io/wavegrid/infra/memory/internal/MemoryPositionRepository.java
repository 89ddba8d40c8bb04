package io.wavegrid.infra.memory.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.wavegrid.infra.api.PositionRepository;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.trading.api.Position;

import org.osgi.service.component.annotations.Component;

/** Positions kept for the life of the process: for backtests and tests; the database repository is the default. */
@Component(service = PositionRepository.class, property = {"service.ranking:Integer=-100", "infra.backend=memory"})
public class MemoryPositionRepository implements PositionRepository {

    private record Key(String account, Symbol symbol) {

        // Written out: the record's generated methods go through method handles, on every fill.
        @Override
        public boolean equals(Object other) {
            return this == other || other instanceof Key that && account.equals(that.account) && symbol.equals(that.symbol);
        }

        @Override
        public int hashCode() {
            return 31 * account.hashCode() + symbol.hashCode();
        }
    }

    private final Map<Key, Position> positions = new ConcurrentHashMap<>();

    @Override
    public void save(Position position) {
        positions.put(new Key(position.account(), position.symbol()), position);
    }

    @Override
    public Optional<Position> find(String account, Symbol symbol) {
        return Optional.ofNullable(positions.get(new Key(account, symbol)));
    }

    @Override
    public List<Position> all(String account) {
        return positions.values().stream().filter(p -> p.account().equals(account))
                .sorted(Comparator.comparing(Position::symbol)).toList();
    }
}
