package io.wavegrid.engine.core.kernel;

import io.wavegrid.analysis.api.IndicatorCalculator;
import io.wavegrid.analysis.api.LevelProvider;
import io.wavegrid.analysis.api.PatternDetector;
import io.wavegrid.analysis.api.RegimeDetector;
import io.wavegrid.analysis.api.SeriesAnalyzer;
import io.wavegrid.analysis.api.WaveAnalyzer;
import io.wavegrid.analysis.api.Indicator;
import io.wavegrid.engine.api.PluginKind;
import io.wavegrid.engine.core.plugin.PluginEntry;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Timeframe;
import io.wavegrid.signal.api.EvidenceEvaluator;
import io.wavegrid.signal.api.Evidence;
import io.wavegrid.signal.api.SignalContributor;

/**
 * A plugin's per-series instance (indicator calculator, analyzer or evidence evaluator) on one series.
 * Every call into plugin code goes through {@link PluginEntry#failed} on error, so a broken plugin is
 * counted and skipped instead of stopping the shard.
 */
final class PluginSlot {

    private final PluginEntry entry;
    private final Object instance;
    private Evidence evidence;

    private PluginSlot(PluginEntry entry, Object instance) {
        this.entry = entry;
        this.instance = instance;
    }

    /** Creates the plugin's instance for a series, or null (counted as an error) if the plugin fails to. */
    static PluginSlot create(PluginEntry entry, Symbol symbol, Timeframe timeframe) {
        try {
            Object instance = switch (entry.kind()) {
                case INDICATOR -> ((Indicator) entry.service()).newCalculator();
                case PATTERN_DETECTOR -> ((PatternDetector) entry.service()).newAnalyzer();
                case WAVE_ANALYZER -> ((WaveAnalyzer) entry.service()).newAnalyzer();
                case LEVEL_PROVIDER -> ((LevelProvider) entry.service()).newAnalyzer();
                case REGIME_DETECTOR -> ((RegimeDetector) entry.service()).newAnalyzer();
                case SIGNAL_CONTRIBUTOR -> ((SignalContributor) entry.service()).newEvaluator(symbol, timeframe);
                default -> throw new IllegalArgumentException(entry.kind() + " plugins do not run per series");
            };
            if (instance == null) {
                throw new IllegalStateException("returned no instance");
            }
            return new PluginSlot(entry, instance);
        } catch (Throwable t) {
            rethrowFatal(t);
            entry.failed("creating its instance for " + symbol + " " + timeframe.code(), t);
            return null;
        }
    }

    static boolean runsPerSeries(PluginKind kind) {
        return switch (kind) {
            case INDICATOR, PATTERN_DETECTOR, WAVE_ANALYZER, LEVEL_PROVIDER, REGIME_DETECTOR, SIGNAL_CONTRIBUTOR -> true;
            default -> false;
        };
    }

    PluginEntry entry() {
        return entry;
    }

    Evidence evidence() {
        return evidence;
    }

    void clearEvidence() {
        evidence = null;
    }

    /** Feeds a closed candle to an indicator calculator. */
    void update(io.wavegrid.market.api.Candle candle) {
        try {
            ((IndicatorCalculator) instance).update(candle);
        } catch (Throwable t) {
            rethrowFatal(t);
            entry.failed("update", t);
        }
    }

    double indicatorValue(int output) {
        try {
            IndicatorCalculator calculator = (IndicatorCalculator) instance;
            return calculator.isReady() ? calculator.value(output) : Double.NaN;
        } catch (Throwable t) {
            rethrowFatal(t);
            entry.failed("value(" + output + ")", t);
            return Double.NaN;
        }
    }

    /** Runs an analyzer on the series; null when it has no result or failed. */
    Object analyze(io.wavegrid.market.api.CandleSeries series) {
        try {
            return ((SeriesAnalyzer<?>) instance).onBar(series);
        } catch (Throwable t) {
            rethrowFatal(t);
            entry.failed("onBar", t);
            return null;
        }
    }

    /** Asks an evaluator for its evidence and keeps it for the aggregation of this bar. */
    void evaluate(io.wavegrid.analysis.api.AnalysisSnapshot snapshot) {
        evidence = null;
        try {
            evidence = ((EvidenceEvaluator) instance).evaluate(snapshot);
        } catch (Throwable t) {
            rethrowFatal(t);
            entry.failed("evaluate", t);
        }
    }

    private static void rethrowFatal(Throwable t) {
        if (t instanceof VirtualMachineError error) {
            throw error;
        }
    }
}
