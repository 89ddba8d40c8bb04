package io.wavegrid.indicator.technical.internal;

import java.util.List;

import io.wavegrid.analysis.api.Indicator;
import io.wavegrid.analysis.api.IndicatorCalculator;
import io.wavegrid.indicator.core.Periods;
import io.wavegrid.indicator.technical.internal.calculator.SmaCalculator;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Simple moving average of the close. */
@Component(service = Indicator.class, configurationPid = "io.wavegrid.indicator.sma", configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = SmaIndicator.Config.class, factory = true)
public final class SmaIndicator implements Indicator {

    @ObjectClassDefinition(name = "Wavegrid indicator: SMA", description = "Simple moving average of the close. One instance per factory configuration.")
    public @interface Config {
        @AttributeDefinition(description = "Name results are published under; empty for the default")
        String name() default "";

        int period() default 20;
    }

    private record Settings(String name, int period) {
    }

    private volatile Settings settings;

    @Activate
    @Modified
    void configure(Config config) {
        settings = new Settings(IndicatorNames.orDefault(config.name(), "sma", config.period()), Periods.requirePositive("period", config.period()));
    }

    @Override
    public String name() {
        return settings.name();
    }

    @Override
    public List<String> outputs() {
        return List.of("sma");
    }

    @Override
    public int warmupPeriod() {
        Settings s = settings;
        return s.period();
    }

    @Override
    public IndicatorCalculator newCalculator() {
        Settings s = settings;
        return new SmaCalculator(s.period());
    }
}
