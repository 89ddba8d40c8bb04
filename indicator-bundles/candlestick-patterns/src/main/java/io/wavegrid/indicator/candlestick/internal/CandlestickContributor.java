package io.wavegrid.indicator.candlestick.internal;

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
 * The {@code candlestick-patterns} contributor: the candlestick detections of the bar, read from the
 * snapshot (the detector already ran; recomputing them here would double the work).
 */
@Component(service = SignalContributor.class, configurationPid = "io.wavegrid.contributor.candlestick",
        property = SignalContributor.WEIGHT + ":Double=1.0")
@Designate(ocd = CandlestickContributor.Config.class)
public final class CandlestickContributor implements SignalContributor {

    @ObjectClassDefinition(name = "Wavegrid contributor: candlestick patterns",
            description = "Candlestick pattern detections as pattern evidence")
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
        return "candlestick-patterns";
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
        return snapshot -> PatternEvidence.combine(snapshot.patterns(), PatternType.CANDLESTICK, reasoning);
    }
}
