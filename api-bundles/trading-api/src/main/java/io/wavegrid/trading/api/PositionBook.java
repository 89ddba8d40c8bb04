package io.wavegrid.trading.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** The account's positions and the figures the risk manager judges it by. */
@ProviderType
public interface PositionBook {

    /** Positions that are not flat, ordered by symbol, marked at the last price seen. */
    List<Position> positions();

    AccountSnapshot snapshot();
}
