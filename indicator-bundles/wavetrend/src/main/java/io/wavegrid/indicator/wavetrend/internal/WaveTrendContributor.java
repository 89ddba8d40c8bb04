package io.wavegrid.indicator.wavetrend.internal;

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

/** The {@code wavetrend} technical contributor: wt1/wt2 crosses, weighted by the overbought/oversold zone. */
@Component(service = SignalContributor.class, configurationPid = "io.wavegrid.contributor.wavetrend",
        property = SignalContributor.WEIGHT + ":Double=1.0")
@Designate(ocd = WaveTrendContributor.Config.class)
public final class WaveTrendContributor implements SignalContributor {

    @ObjectClassDefinition(name = "Wavegrid contributor: WaveTrend", description = "WaveTrend crosses as technical evidence")
    public @interface Config {
        @AttributeDefinition(description = "Weight within the technical category")
        double weight() default 1.0;

        int channelLength() default 10;

        int averageLength() default 21;

        int signalLength() default 4;

        @AttributeDefinition(description = "Overbought level 1 (extreme)")
        double overbought1() default 60;

        @AttributeDefinition(description = "Overbought level 2")
        double overbought2() default 53;

        @AttributeDefinition(description = "Oversold level 1 (extreme)")
        double oversold1() default -60;

        @AttributeDefinition(description = "Oversold level 2")
        double oversold2() default -53;
    }

    private volatile WaveTrendZones zones;
    private volatile WaveTrendSettings lengths;

    @Activate
    @Modified
    void configure(Config config) {
        if (!(config.weight() >= 0)) {
            throw new IllegalArgumentException("weight must not be negative: " + config.weight());
        }
        WaveTrendSettings l = new WaveTrendSettings(config.channelLength(), config.averageLength(), config.signalLength());
        zones = new WaveTrendZones(config.overbought1(), config.overbought2(), config.oversold1(), config.oversold2());
        lengths = l;
    }

    @Override
    public String name() {
        return "wavetrend";
    }

    @Override
    public Category category() {
        return Category.TECHNICAL;
    }

    @Override
    public int warmupBars() {
        return lengths.warmup() + 1;
    }

    @Override
    public EvidenceEvaluator newEvaluator(Symbol symbol, Timeframe timeframe) {
        return new WaveTrendEvaluator(lengths.newCalculator(), zones);
    }
}
