package io.wavegrid.indicator.chart.internal;

import io.wavegrid.analysis.api.PatternType;
import io.wavegrid.indicator.core.PatternEvidence;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Timeframe;
import io.wavegrid.signal.api.Category;
import io.wavegrid.signal.api.EvidenceEvaluator;
import io.wavegrid.signal.api.SignalContributor;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The {@code chart-patterns} contributor: chart detections that changed on the bar, read from the snapshot.
 * Breakouts count fully, forming patterns partly, failures against their direction; targets and
 * invalidation levels are passed on as levels.
 */
@Component(service = SignalContributor.class, configurationPid = "io.wavegrid.contributor.chart",
        property = SignalContributor.WEIGHT + ":Double=1.0")
@Designate(ocd = ChartPatternContributor.Config.class)
public final class ChartPatternContributor implements SignalContributor {

    @ObjectClassDefinition(name = "Wavegrid contributor: chart patterns", description = "Chart patterns as pattern evidence")
    public @interface Config {
        @AttributeDefinition(description = "Weight within the patterns category")
        double weight() default 1.0;
    }

    @Activate
    @Modified
    void configure(Config config) {
        if (!(config.weight() >= 0)) {
            throw new IllegalArgumentException("weight must not be negative: " + config.weight());
        }
    }

    @Override
    public String name() {
        return "chart-patterns";
    }

    @Override
    public Category category() {
        return Category.PATTERNS;
    }

    @Override
    public int warmupBars() {
        return 0;
    }

    @Override
    public EvidenceEvaluator newEvaluator(Symbol symbol, Timeframe timeframe) {
        StringBuilder reasoning = new StringBuilder(); // one per series, whose evaluator runs on one shard thread
        return snapshot -> PatternEvidence.combine(snapshot.patterns(), PatternType.CHART, reasoning);
    }
}
