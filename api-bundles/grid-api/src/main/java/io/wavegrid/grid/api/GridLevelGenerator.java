package io.wavegrid.grid.api;

import java.util.List;

import io.wavegrid.market.api.CandleSeries;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Places a grid's levels. Registered as a service with the property {@value #TYPE}; the grid engine picks
 * the generator named by {@link GridConfig#type()}.
 */
@ConsumerType
public interface GridLevelGenerator {

    String TYPE = "grid.type";

    String type();

    /**
     * @param history recent closed candles of the symbol, for generators that place levels by structure
     * @throws IllegalArgumentException with a clear message when the configuration does not suit this type
     */
    List<GridLevel> generate(GridConfig config, CandleSeries history);
}
