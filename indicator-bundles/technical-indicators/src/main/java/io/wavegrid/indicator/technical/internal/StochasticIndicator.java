package io.wavegrid.indicator.technical.internal;

import java.util.List;

import io.wavegrid.analysis.api.Indicator;
import io.wavegrid.analysis.api.IndicatorCalculator;
import io.wavegrid.indicator.core.Periods;
import io.wavegrid.indicator.technical.internal.calculator.StochasticCalculator;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Stochastic oscillator %K and %D. */
@Component(service = Indicator.class, configurationPid = "io.wavegrid.indicator.stochastic", configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = StochasticIndicator.Config.class, factory = true)
public final class StochasticIndicator implements Indicator {

    @ObjectClassDefinition(name = "Wavegrid indicator: Stochastic", description = "Stochastic oscillator %K and %D. One instance per factory configuration.")
    public @interface Config {
        @AttributeDefinition(description = "Name results are published under; empty for the default")
        String name() default "";

        int kPeriod() default 14;

        @AttributeDefinition(description = "SMA smoothing of %K; 1 for the fast stochastic, 3 for the slow one")
        int kSmoothing() default 1;

        int dPeriod() default 3;
    }

    private record Settings(String name, int kPeriod, int kSmoothing, int dPeriod) {
    }

    private volatile Settings settings;

    @Activate
    @Modified
    void configure(Config config) {
        settings = stochastic(config);
    }

    @Override
    public String name() {
        return settings.name();
    }

    @Override
    public List<String> outputs() {
        return List.of("k", "d");
    }

    @Override
    public int warmupPeriod() {
        Settings s = settings;
        return StochasticCalculator.warmup(s.kPeriod(), s.kSmoothing(), s.dPeriod());
    }

    @Override
    public IndicatorCalculator newCalculator() {
        Settings s = settings;
        return new StochasticCalculator(s.kPeriod(), s.kSmoothing(), s.dPeriod());
    }

    private static Settings stochastic(Config config) {
        return new Settings(IndicatorNames.orDefault(config.name(), "stochastic", config.kPeriod(), config.kSmoothing(),
                config.dPeriod()), Periods.requirePositive("kPeriod", config.kPeriod()),
                Periods.requirePositive("kSmoothing", config.kSmoothing()), Periods.requirePositive("dPeriod", config.dPeriod()));
    }
}
