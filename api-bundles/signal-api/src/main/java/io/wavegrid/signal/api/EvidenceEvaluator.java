package io.wavegrid.signal.api;

import io.wavegrid.analysis.api.AnalysisSnapshot;

import org.osgi.annotation.versioning.ConsumerType;

/** A contributor's state on one symbol and timeframe, called once per closed bar in time order. */
@ConsumerType
public interface EvidenceEvaluator {

    /** @return the evidence for the bar, or {@code null} while warming up or without an opinion */
    Evidence evaluate(AnalysisSnapshot snapshot);
}
