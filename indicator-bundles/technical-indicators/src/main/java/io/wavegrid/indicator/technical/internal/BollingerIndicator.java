package io.wavegrid.indicator.technical.internal;

import java.util.List;

import io.wavegrid.analysis.api.Indicator;
import io.wavegrid.analysis.api.IndicatorCalculator;
import io.wavegrid.indicator.core.Periods;
import io.wavegrid.indicator.technical.internal.calculator.BollingerCalculator;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Bollinger Bands around the simple moving average of the close. */
@Component(service = Indicator.class, configurationPid = "io.wavegrid.indicator.bollinger", configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = BollingerIndicator.Config.class, factory = true)
public final class BollingerIndicator implements Indicator {

    @ObjectClassDefinition(name = "Wavegrid indicator: Bollinger Bands", description = "Bollinger Bands around the simple moving average of the close. One instance per factory configuration.")
    public @interface Config {
        @AttributeDefinition(description = "Name results are published under; empty for the default")
        String name() default "";

        int period() default 20;

        @AttributeDefinition(description = "Band width in population standard deviations")
        double multiplier() default 2.0;
    }

    private record Settings(String name, int period, double multiplier) {
    }

    private volatile Settings settings;

    @Activate
    @Modified
    void configure(Config config) {
        settings = new Settings(IndicatorNames.orDefault(config.name(), "bollinger", config.period(), config.multiplier()), Periods.requirePositive("period", config.period()), Periods.requirePositive("multiplier", config.multiplier()));
    }

    @Override
    public String name() {
        return settings.name();
    }

    @Override
    public List<String> outputs() {
        return List.of("middle", "upper", "lower", "bandwidth", "percentB");
    }

    @Override
    public int warmupPeriod() {
        Settings s = settings;
        return s.period();
    }

    @Override
    public IndicatorCalculator newCalculator() {
        Settings s = settings;
        return new BollingerCalculator(s.period(), s.multiplier());
    }
}
