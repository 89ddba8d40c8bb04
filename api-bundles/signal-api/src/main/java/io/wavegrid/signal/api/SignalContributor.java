package io.wavegrid.signal.api;

import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Timeframe;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Turns analysis into evidence. Register it as an OSGi service; the engine picks it up (and drops it)
 * while running. Its weight within its category is the service property {@value #WEIGHT} (a number,
 * default 1.0) unless the strategy profile overrides it, so a configuration change of the component
 * reweights it live.
 */
@ConsumerType
public interface SignalContributor {

    /** Service property holding the contributor's weight within its category. */
    String WEIGHT = "weight";

    /** Unique name, used in profiles ({@code contributor.<name>.weight}) and the runtime view. */
    String name();

    Category category();

    /**
     * Closed bars the evaluator needs before it has an opinion. A contributor arriving while the engine
     * runs is fed up to this many bars of the engine's history first, so it contributes at once.
     */
    int warmupBars();

    EvidenceEvaluator newEvaluator(Symbol symbol, Timeframe timeframe);
}
