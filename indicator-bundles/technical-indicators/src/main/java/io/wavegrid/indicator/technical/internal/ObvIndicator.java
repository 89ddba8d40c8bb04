package io.wavegrid.indicator.technical.internal;

import java.util.List;

import io.wavegrid.analysis.api.Indicator;
import io.wavegrid.analysis.api.IndicatorCalculator;
import io.wavegrid.indicator.technical.internal.calculator.ObvCalculator;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** On-balance volume. */
@Component(service = Indicator.class, configurationPid = "io.wavegrid.indicator.obv", configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = ObvIndicator.Config.class, factory = true)
public final class ObvIndicator implements Indicator {

    @ObjectClassDefinition(name = "Wavegrid indicator: OBV", description = "On-balance volume. One instance per factory configuration.")
    public @interface Config {
        @AttributeDefinition(description = "Name results are published under; empty for the default")
        String name() default "";
    }

    private record Settings(String name) {
    }

    private volatile Settings settings;

    @Activate
    @Modified
    void configure(Config config) {
        settings = new Settings(IndicatorNames.orDefault(config.name(), "obv"));
    }

    @Override
    public String name() {
        return settings.name();
    }

    @Override
    public List<String> outputs() {
        return List.of("obv");
    }

    @Override
    public int warmupPeriod() {
        return 1;
    }

    @Override
    public IndicatorCalculator newCalculator() {
        return new ObvCalculator();
    }
}
