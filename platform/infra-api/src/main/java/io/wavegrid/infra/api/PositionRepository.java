package io.wavegrid.infra.api;

import java.util.List;
import java.util.Optional;

import io.wavegrid.market.api.Symbol;
import io.wavegrid.trading.api.Position;

import org.osgi.annotation.versioning.ProviderType;

/** The current position per account and symbol. */
@ProviderType
public interface PositionRepository {

    /** Stores the position, replacing the account's previous one in the symbol. */
    void save(Position position);

    Optional<Position> find(String account, Symbol symbol);

    /** The account's positions, ordered by symbol. */
    List<Position> all(String account);
}
