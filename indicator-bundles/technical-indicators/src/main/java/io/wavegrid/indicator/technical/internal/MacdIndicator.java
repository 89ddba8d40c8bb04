package io.wavegrid.indicator.technical.internal;

import java.util.List;

import io.wavegrid.analysis.api.Indicator;
import io.wavegrid.analysis.api.IndicatorCalculator;
import io.wavegrid.indicator.core.Periods;
import io.wavegrid.indicator.core.Seeding;
import io.wavegrid.indicator.technical.internal.calculator.MacdCalculator;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Moving average convergence divergence: MACD line, signal line and histogram. */
@Component(service = Indicator.class, configurationPid = "io.wavegrid.indicator.macd", configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = MacdIndicator.Config.class, factory = true)
public final class MacdIndicator implements Indicator {

    @ObjectClassDefinition(name = "Wavegrid indicator: MACD", description = "Moving average convergence divergence: MACD line, signal line and histogram. One instance per factory configuration.")
    public @interface Config {
        @AttributeDefinition(description = "Name results are published under; empty for the default")
        String name() default "";

        int fastPeriod() default 12;

        int slowPeriod() default 26;

        int signalPeriod() default 9;

        @AttributeDefinition(description = "How the averages start: SMA (Wilder, TA-Lib) or FIRST_VALUE (ta4j)")
        String seeding() default "SMA";
    }

    private record Settings(String name, int fast, int slow, int signal, Seeding seeding) {
    }

    private volatile Settings settings;

    @Activate
    @Modified
    void configure(Config config) {
        settings = macd(config);
    }

    @Override
    public String name() {
        return settings.name();
    }

    @Override
    public List<String> outputs() {
        return List.of("macd", "signal", "histogram");
    }

    @Override
    public int warmupPeriod() {
        Settings s = settings;
        return MacdCalculator.warmup(s.slow(), s.signal());
    }

    @Override
    public IndicatorCalculator newCalculator() {
        Settings s = settings;
        return new MacdCalculator(s.fast(), s.slow(), s.signal(), s.seeding());
    }

    private static Settings macd(Config config) {
        int fast = Periods.requirePositive("fastPeriod", config.fastPeriod());
        int slow = Periods.requirePositive("slowPeriod", config.slowPeriod());
        if (fast >= slow) {
            throw new IllegalArgumentException("MACD fastPeriod " + fast + " must be below slowPeriod " + slow);
        }
        return new Settings(IndicatorNames.orDefault(config.name(), "macd", fast, slow, config.signalPeriod()), fast, slow,
                Periods.requirePositive("signalPeriod", config.signalPeriod()), Seeding.parse(config.seeding()));
    }
}
