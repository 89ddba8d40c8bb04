package io.wavegrid.indicator.technical.internal;

import io.wavegrid.analysis.api.Indicator;
import io.wavegrid.analysis.api.IndicatorCalculator;
import io.wavegrid.indicator.core.Seeding;
import io.wavegrid.indicator.technical.internal.calculator.AtrCalculator;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Average true range with Wilder smoothing. */
@Component(service = Indicator.class, configurationPid = "io.wavegrid.indicator.atr", configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = AtrIndicator.Config.class, factory = true)
public final class AtrIndicator extends SeededPeriodIndicator {

    @ObjectClassDefinition(name = "Wavegrid indicator: ATR", description = "Average true range with Wilder smoothing. One instance per factory configuration.")
    public @interface Config {
        @AttributeDefinition(description = "Name results are published under; empty for the default")
        String name() default "";

        int period() default 14;

        @AttributeDefinition(description = "How the averages start: SMA (Wilder, TA-Lib) or FIRST_VALUE (ta4j)")
        String seeding() default "SMA";
    }

    public AtrIndicator() {
        super("atr", 0);
    }

    @Activate
    @Modified
    void configure(Config config) {
        apply(config.name(), config.period(), config.seeding());
    }

    @Override
    IndicatorCalculator create(int period, Seeding seeding) {
        return new AtrCalculator(period, seeding);
    }
}
