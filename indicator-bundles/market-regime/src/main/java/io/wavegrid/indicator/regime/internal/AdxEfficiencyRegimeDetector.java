package io.wavegrid.indicator.regime.internal;

import io.wavegrid.analysis.api.MarketRegime;
import io.wavegrid.analysis.api.RegimeDetector;
import io.wavegrid.analysis.api.SeriesAnalyzer;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Market regime from ADX, Kaufman's efficiency ratio and ATR volatility. */
@Component(service = RegimeDetector.class, configurationPid = "io.wavegrid.regime")
@Designate(ocd = AdxEfficiencyRegimeDetector.Config.class)
public final class AdxEfficiencyRegimeDetector implements RegimeDetector {

    @ObjectClassDefinition(name = "Wavegrid market regime", description = "Trending up/down or ranging, and high volatility")
    public @interface Config {
        String name() default "market-regime";

        int adxPeriod() default 14;

        int efficiencyPeriod() default 20;

        int atrPeriod() default 14;

        @AttributeDefinition(description = "EMA length of the volatility norm")
        int volatilityNormPeriod() default 100;

        @AttributeDefinition(description = "ADX at which a trend starts")
        double enterAdx() default 25;

        @AttributeDefinition(description = "ADX below which a trend ends")
        double exitAdx() default 20;

        @AttributeDefinition(description = "Efficiency ratio needed to start a trend")
        double enterEfficiency() default 0.3;

        @AttributeDefinition(description = "Volatility above this multiple of its norm is high")
        double highVolatilityRatio() default 1.25;
    }

    private volatile RegimeSettings settings = RegimeSettings.defaults();

    @Activate
    @Modified
    void configure(Config config) {
        settings = new RegimeSettings(config.name(), config.adxPeriod(), config.efficiencyPeriod(), config.atrPeriod(),
                config.volatilityNormPeriod(), config.enterAdx(), config.exitAdx(), config.enterEfficiency(),
                config.highVolatilityRatio());
    }

    @Override
    public String name() {
        return settings.name();
    }

    @Override
    public SeriesAnalyzer<MarketRegime> newAnalyzer() {
        return new RegimeAnalyzer(settings);
    }
}
