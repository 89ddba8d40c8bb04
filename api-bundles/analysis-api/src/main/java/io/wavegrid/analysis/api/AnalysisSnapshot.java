package io.wavegrid.analysis.api;

import java.util.List;

import io.wavegrid.market.api.CandleSeries;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Everything the analysis plugins published for the bar that just closed on one series. Signal
 * contributors read it; the engine reuses it for the next bar, so keep nothing from it but values.
 */
@ProviderType
public interface AnalysisSnapshot {

    CandleSeries series();

    /** Latest value of output {@code output} of the indicator named {@code indicator}; NaN if not ready or absent. */
    double indicator(String indicator, int output);

    /** Detections reported on this bar by every pattern detector. */
    List<PatternDetection> patterns();

    /** Current count of every wave analyzer that has one. */
    List<WaveCount> waves();

    /** Current levels of every level provider. */
    List<PriceLevel> levels();

    /** Current regime, or {@code null} when no regime detector is ready. */
    MarketRegime regime();
}
