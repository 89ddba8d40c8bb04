package io.wavegrid.indicator.technical.internal;

import java.util.List;
import java.util.Locale;

import io.wavegrid.analysis.api.Indicator;
import io.wavegrid.analysis.api.IndicatorCalculator;
import io.wavegrid.indicator.core.Periods;
import io.wavegrid.indicator.technical.internal.calculator.VwapCalculator;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Volume-weighted average price of the typical price. */
@Component(service = Indicator.class, configurationPid = "io.wavegrid.indicator.vwap", configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = VwapIndicator.Config.class, factory = true)
public final class VwapIndicator implements Indicator {

    @ObjectClassDefinition(name = "Wavegrid indicator: VWAP", description = "Volume-weighted average price of the typical price. One instance per factory configuration.")
    public @interface Config {
        @AttributeDefinition(description = "Name results are published under; empty for the default")
        String name() default "";

        @AttributeDefinition(description = "SESSION restarts every UTC day; ROLLING covers the last period bars")
        String mode() default "SESSION";

        @AttributeDefinition(description = "Bars of the rolling window (ROLLING mode only)")
        int period() default 20;
    }

    private record Settings(String name, VwapCalculator.Mode mode, int period) {
    }

    private volatile Settings settings;

    @Activate
    @Modified
    void configure(Config config) {
        settings = vwap(config);
    }

    @Override
    public String name() {
        return settings.name();
    }

    @Override
    public List<String> outputs() {
        return List.of("vwap");
    }

    @Override
    public int warmupPeriod() {
        Settings s = settings;
        return s.mode() == VwapCalculator.Mode.ROLLING ? s.period() : 1;
    }

    @Override
    public IndicatorCalculator newCalculator() {
        Settings s = settings;
        return new VwapCalculator(s.mode(), s.period());
    }

    private static Settings vwap(Config config) {
        VwapCalculator.Mode mode;
        try {
            mode = VwapCalculator.Mode.valueOf(config.mode().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown VWAP mode '" + config.mode() + "': use SESSION or ROLLING", e);
        }
        int period = Periods.requirePositive("period", config.period());
        String name = mode == VwapCalculator.Mode.ROLLING ? IndicatorNames.orDefault(config.name(), "vwap", period)
                : IndicatorNames.orDefault(config.name(), "vwap", "session");
        return new Settings(name, mode, period);
    }
}
