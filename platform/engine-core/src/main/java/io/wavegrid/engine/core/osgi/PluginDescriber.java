package io.wavegrid.engine.core.osgi;

import io.wavegrid.analysis.api.Indicator;
import io.wavegrid.analysis.api.LevelProvider;
import io.wavegrid.analysis.api.PatternDetector;
import io.wavegrid.analysis.api.RegimeDetector;
import io.wavegrid.analysis.api.WaveAnalyzer;
import io.wavegrid.engine.api.PluginKind;
import io.wavegrid.engine.core.plugin.PluginEntry;
import io.wavegrid.grid.api.GridLevelGenerator;
import io.wavegrid.signal.api.SignalContributor;
import io.wavegrid.trading.api.ExchangeAdapter;
import io.wavegrid.trading.api.RiskRule;

import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Maps plugin kinds to their service interfaces and reads a plugin's identity and weight. */
final class PluginDescriber {

    private static final Logger LOG = LoggerFactory.getLogger(PluginDescriber.class);
    static final double DEFAULT_WEIGHT = 1.0;

    private PluginDescriber() {
    }

    static Class<?> serviceClass(PluginKind kind) {
        return switch (kind) {
            case INDICATOR -> Indicator.class;
            case PATTERN_DETECTOR -> PatternDetector.class;
            case WAVE_ANALYZER -> WaveAnalyzer.class;
            case LEVEL_PROVIDER -> LevelProvider.class;
            case REGIME_DETECTOR -> RegimeDetector.class;
            case SIGNAL_CONTRIBUTOR -> SignalContributor.class;
            case GRID_GENERATOR -> GridLevelGenerator.class;
            case EXCHANGE_ADAPTER -> ExchangeAdapter.class;
            case RISK_RULE -> RiskRule.class;
        };
    }

    /** Builds the engine's entry for a plugin; a plugin that cannot even name itself is entered as FAILED. */
    static PluginEntry describe(PluginKind kind, ServiceReference<?> ref, Object service) {
        long id = (Long) ref.getProperty(Constants.SERVICE_ID);
        Bundle bundle = ref.getBundle();
        String bsn = bundle == null ? "?" : bundle.getSymbolicName();
        String version = bundle == null ? "?" : bundle.getVersion().toString();
        try {
            String name = name(kind, service);
            if (name == null || name.isBlank()) {
                throw new IllegalStateException("plugin has no name");
            }
            if (service instanceof SignalContributor contributor) {
                return new PluginEntry(id, kind, name, bsn, version, service, contributor.category(),
                        contributor.warmupBars(), weightOf(ref, DEFAULT_WEIGHT));
            }
            return new PluginEntry(id, kind, name, bsn, version, service, null, 0, Double.NaN);
        } catch (RuntimeException e) {
            PluginEntry failed = new PluginEntry(id, kind, "service-" + id, bsn, version, service, null, 0, Double.NaN);
            failed.markFailed("describing the plugin failed: " + e);
            LOG.error("{} from {} could not describe itself; ignored", kind.key(), bsn, e);
            return failed;
        }
    }

    private static String name(PluginKind kind, Object service) {
        return switch (kind) {
            case INDICATOR -> ((Indicator) service).name();
            case PATTERN_DETECTOR -> ((PatternDetector) service).name();
            case WAVE_ANALYZER -> ((WaveAnalyzer) service).name();
            case LEVEL_PROVIDER -> ((LevelProvider) service).name();
            case REGIME_DETECTOR -> ((RegimeDetector) service).name();
            case SIGNAL_CONTRIBUTOR -> ((SignalContributor) service).name();
            case GRID_GENERATOR -> ((GridLevelGenerator) service).type();
            case EXCHANGE_ADAPTER -> ((ExchangeAdapter) service).exchange();
            case RISK_RULE -> ((RiskRule) service).name();
        };
    }

    /**
     * The contributor's weight from its {@code weight} service property; {@code fallback} (with an error
     * logged) when the property is not a finite, non-negative number.
     */
    static double weightOf(ServiceReference<?> ref, double fallback) {
        Object value = ref.getProperty(SignalContributor.WEIGHT);
        if (value == null) {
            return DEFAULT_WEIGHT;
        }
        try {
            double weight = value instanceof Number n ? n.doubleValue() : Double.parseDouble(value.toString().trim());
            if (Double.isFinite(weight) && weight >= 0) {
                return weight;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        LOG.error("Ignoring invalid weight '{}' of service {}: must be a finite number >= 0; keeping {}", value,
                ref.getProperty(Constants.SERVICE_ID), fallback);
        return fallback;
    }
}
