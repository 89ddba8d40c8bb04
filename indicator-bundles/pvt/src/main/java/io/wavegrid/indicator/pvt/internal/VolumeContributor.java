package io.wavegrid.indicator.pvt.internal;

import io.wavegrid.indicator.core.Periods;
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

/** The {@code pvt} volume contributor: PVT against its signal line, confirmed or denied by price and volume. */
@Component(service = SignalContributor.class, configurationPid = "io.wavegrid.contributor.pvt",
        property = SignalContributor.WEIGHT + ":Double=1.0")
@Designate(ocd = VolumeContributor.Config.class)
public final class VolumeContributor implements SignalContributor {

    @ObjectClassDefinition(name = "Wavegrid contributor: PVT volume", description = "Price volume trend as volume evidence")
    public @interface Config {
        @AttributeDefinition(description = "Weight within the volume category")
        double weight() default 1.0;

        @AttributeDefinition(description = "EMA length of the PVT signal line")
        int signalPeriod() default 21;

        @AttributeDefinition(description = "Bars over which relative volume and price/PVT divergence are judged")
        int lookback() default 20;
    }

    private record Settings(int signalPeriod, int lookback) {
    }

    private volatile Settings settings;

    @Activate
    @Modified
    void configure(Config config) {
        if (!(config.weight() >= 0)) {
            throw new IllegalArgumentException("weight must not be negative: " + config.weight());
        }
        settings = new Settings(Periods.requirePositive("signalPeriod", config.signalPeriod()),
                Periods.requirePositive("lookback", config.lookback()));
    }

    @Override
    public String name() {
        return "pvt";
    }

    @Override
    public Category category() {
        return Category.VOLUME;
    }

    @Override
    public int warmupBars() {
        Settings s = settings;
        return Math.max(s.signalPeriod(), s.lookback() + 1);
    }

    @Override
    public EvidenceEvaluator newEvaluator(Symbol symbol, Timeframe timeframe) {
        Settings s = settings;
        return new VolumeEvaluator(s.signalPeriod(), s.lookback());
    }
}
