package io.wavegrid.strategy.example;

import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Timeframe;
import io.wavegrid.signal.api.Category;
import io.wavegrid.signal.api.EvidenceEvaluator;
import io.wavegrid.signal.api.SignalContributor;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

/**
 * A complete third-party strategy in one class: a DS component offering {@link SignalContributor}.
 * The configuration's {@code weight} becomes the service property the engine reads, so editing
 * {@code etc/io.wavegrid.strategy.example.momentum.cfg} reweights it live; {@code @Modified} swaps the
 * rule's parameters without re-registering the service.
 */
@Component(configurationPid = "io.wavegrid.strategy.example.momentum")
@Designate(ocd = MomentumConfig.class)
public class MomentumContributor implements SignalContributor {

    private volatile Momentum rule;

    @Activate
    @Modified
    void configure(MomentumConfig config) {
        rule = new Momentum(config.lookback(), config.fullStrengthChange());
    }

    @Override
    public String name() {
        return "example-momentum";
    }

    @Override
    public Category category() {
        return Category.STRATEGY;
    }

    @Override
    public int warmupBars() {
        return rule.lookback() + 1;
    }

    @Override
    public EvidenceEvaluator newEvaluator(Symbol symbol, Timeframe timeframe) {
        StringBuilder reasoning = new StringBuilder(48); // one per series: its evaluator runs on one engine thread
        return snapshot -> rule.evaluate(snapshot.series(), reasoning);
    }
}
