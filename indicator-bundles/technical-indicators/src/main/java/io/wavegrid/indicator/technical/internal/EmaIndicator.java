package io.wavegrid.indicator.technical.internal;

import io.wavegrid.analysis.api.Indicator;
import io.wavegrid.analysis.api.IndicatorCalculator;
import io.wavegrid.indicator.core.Seeding;
import io.wavegrid.indicator.technical.internal.calculator.EmaCalculator;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Exponential moving average of the close. */
@Component(service = Indicator.class, configurationPid = "io.wavegrid.indicator.ema", configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = EmaIndicator.Config.class, factory = true)
public final class EmaIndicator extends SeededPeriodIndicator {

    @ObjectClassDefinition(name = "Wavegrid indicator: EMA", description = "Exponential moving average of the close. One instance per factory configuration.")
    public @interface Config {
        @AttributeDefinition(description = "Name results are published under; empty for the default")
        String name() default "";

        int period() default 20;

        @AttributeDefinition(description = "How the averages start: SMA (Wilder, TA-Lib) or FIRST_VALUE (ta4j)")
        String seeding() default "SMA";
    }

    public EmaIndicator() {
        super("ema", 0);
    }

    @Activate
    @Modified
    void configure(Config config) {
        apply(config.name(), config.period(), config.seeding());
    }

    @Override
    IndicatorCalculator create(int period, Seeding seeding) {
        return new EmaCalculator(period, seeding);
    }
}
