package io.wavegrid.indicator.pvt.internal;

import java.util.List;

import io.wavegrid.analysis.api.Indicator;
import io.wavegrid.analysis.api.IndicatorCalculator;
import io.wavegrid.indicator.core.Periods;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Price volume trend (pvt, signal) as an indicator service; one instance per factory configuration. */
@Component(service = Indicator.class, configurationPid = "io.wavegrid.indicator.pvt", configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = PvtIndicator.Config.class, factory = true)
public final class PvtIndicator implements Indicator {

    @ObjectClassDefinition(name = "Wavegrid indicator: PVT", description = "Price volume trend with an EMA signal line")
    public @interface Config {
        @AttributeDefinition(description = "Name results are published under; empty for pvt-<signalPeriod>")
        String name() default "";

        @AttributeDefinition(description = "EMA length of the signal line")
        int signalPeriod() default 21;
    }

    private record Settings(String name, int signalPeriod) {
    }

    private volatile Settings settings;

    @Activate
    @Modified
    void configure(Config config) {
        int period = Periods.requirePositive("signalPeriod", config.signalPeriod());
        settings = new Settings(config.name().isBlank() ? "pvt-" + period : config.name().trim(), period);
    }

    @Override
    public String name() {
        return settings.name();
    }

    @Override
    public List<String> outputs() {
        return List.of("pvt", "signal");
    }

    @Override
    public int warmupPeriod() {
        return settings.signalPeriod();
    }

    @Override
    public IndicatorCalculator newCalculator() {
        return new PvtCalculator(settings.signalPeriod());
    }
}
