package io.wavegrid.indicator.technical.internal;

import java.util.List;

import io.wavegrid.analysis.api.Indicator;
import io.wavegrid.analysis.api.IndicatorCalculator;
import io.wavegrid.indicator.core.Periods;
import io.wavegrid.indicator.core.Seeding;
import io.wavegrid.indicator.technical.internal.calculator.AdxCalculator;
import io.wavegrid.indicator.core.DirectionalIndex;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Average directional index with the +DI and -DI lines. */
@Component(service = Indicator.class, configurationPid = "io.wavegrid.indicator.adx", configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = AdxIndicator.Config.class, factory = true)
public final class AdxIndicator implements Indicator {

    @ObjectClassDefinition(name = "Wavegrid indicator: ADX", description = "Average directional index with the +DI and -DI lines. One instance per factory configuration.")
    public @interface Config {
        @AttributeDefinition(description = "Name results are published under; empty for the default")
        String name() default "";

        @AttributeDefinition(description = "Smoothing of the directional movement and true range (the DI lines)")
        int period() default 14;

        @AttributeDefinition(description = "Averaging of DX into ADX; 0 for the same as period")
        int adxPeriod() default 0;

        @AttributeDefinition(description = "How the averages start: SMA (Wilder, TA-Lib) or FIRST_VALUE (ta4j)")
        String seeding() default "SMA";
    }

    private record Settings(String name, int period, int adxPeriod, Seeding seeding) {
    }

    private volatile Settings settings;

    @Activate
    @Modified
    void configure(Config config) {
        int period = Periods.requirePositive("period", config.period());
        int adxPeriod = config.adxPeriod() == 0 ? period : Periods.requirePositive("adxPeriod", config.adxPeriod());
        String name = adxPeriod == period ? IndicatorNames.orDefault(config.name(), "adx", period)
                : IndicatorNames.orDefault(config.name(), "adx", period, adxPeriod);
        settings = new Settings(name, period, adxPeriod, Seeding.parse(config.seeding()));
    }

    @Override
    public String name() {
        return settings.name();
    }

    @Override
    public List<String> outputs() {
        return List.of("adx", "plusDI", "minusDI");
    }

    @Override
    public int warmupPeriod() {
        Settings s = settings;
        return DirectionalIndex.warmupBars(s.period(), s.adxPeriod());
    }

    @Override
    public IndicatorCalculator newCalculator() {
        Settings s = settings;
        return new AdxCalculator(s.period(), s.adxPeriod(), s.seeding());
    }
}
