package io.wavegrid.indicator.wavetrend.internal;

import java.util.List;

import io.wavegrid.analysis.api.Indicator;
import io.wavegrid.analysis.api.IndicatorCalculator;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** WaveTrend oscillator (wt1, wt2) as an indicator service; one instance per factory configuration. */
@Component(service = Indicator.class, configurationPid = "io.wavegrid.indicator.wavetrend",
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = WaveTrendIndicator.Config.class, factory = true)
public final class WaveTrendIndicator implements Indicator {

    @ObjectClassDefinition(name = "Wavegrid indicator: WaveTrend", description = "LazyBear WaveTrend oscillator")
    public @interface Config {
        @AttributeDefinition(description = "Name results are published under; empty for wavetrend-<n1>-<n2>")
        String name() default "";

        @AttributeDefinition(description = "Channel length n1")
        int channelLength() default 10;

        @AttributeDefinition(description = "Average length n2")
        int averageLength() default 21;

        @AttributeDefinition(description = "SMA length of the signal line wt2")
        int signalLength() default 4;
    }

    private volatile WaveTrendSettings settings;
    private volatile String name;

    @Activate
    @Modified
    void configure(Config config) {
        WaveTrendSettings s = new WaveTrendSettings(config.channelLength(), config.averageLength(), config.signalLength());
        name = config.name().isBlank() ? "wavetrend-" + s.channelLength() + "-" + s.averageLength() : config.name().trim();
        settings = s;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<String> outputs() {
        return List.of("wt1", "wt2");
    }

    @Override
    public int warmupPeriod() {
        return settings.warmup();
    }

    @Override
    public IndicatorCalculator newCalculator() {
        return settings.newCalculator();
    }
}
