package io.wavegrid.indicator.technical.internal.contributor;

import io.wavegrid.indicator.core.Periods;
import io.wavegrid.indicator.technical.internal.calculator.MacdCalculator;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Timeframe;
import io.wavegrid.signal.api.Category;
import io.wavegrid.signal.api.EvidenceEvaluator;
import io.wavegrid.signal.api.SignalContributor;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The {@code technical} contributor: confluence of RSI, MACD and Bollinger Bands. It keeps its own
 * calculators, so its opinion does not depend on which indicator instances happen to be configured.
 */
@Component(service = SignalContributor.class, configurationPid = "io.wavegrid.contributor.technical",
        property = SignalContributor.WEIGHT + ":Double=1.0")
@Designate(ocd = TechnicalContributor.Config.class)
public final class TechnicalContributor implements SignalContributor {

    @ObjectClassDefinition(name = "Wavegrid contributor: technical",
            description = "RSI, MACD and Bollinger Band confluence as technical evidence")
    public @interface Config {
        @AttributeDefinition(description = "Weight within the technical category")
        double weight() default 1.0;

        int rsiPeriod() default 14;

        double rsiOversold() default 30;

        double rsiOverbought() default 70;

        int macdFast() default 12;

        int macdSlow() default 26;

        int macdSignal() default 9;

        int bollingerPeriod() default 20;

        double bollingerMultiplier() default 2.0;
    }

    private volatile TechnicalSettings settings;

    @Activate
    @Modified
    void configure(Config config) {
        if (!(config.weight() >= 0)) {
            throw new IllegalArgumentException("weight must not be negative: " + config.weight());
        }
        settings = new TechnicalSettings(Periods.requirePositive("rsiPeriod", config.rsiPeriod()), config.rsiOversold(),
                config.rsiOverbought(), Periods.requirePositive("macdFast", config.macdFast()),
                Periods.requirePositive("macdSlow", config.macdSlow()), Periods.requirePositive("macdSignal", config.macdSignal()),
                Periods.requirePositive("bollingerPeriod", config.bollingerPeriod()),
                Periods.requirePositive("bollingerMultiplier", config.bollingerMultiplier()));
    }

    @Override
    public String name() {
        return "technical";
    }

    @Override
    public Category category() {
        return Category.TECHNICAL;
    }

    @Override
    public int warmupBars() {
        TechnicalSettings s = settings;
        return Math.max(Math.max(s.rsiPeriod() + 1, s.bollingerPeriod()), MacdCalculator.warmup(s.macdSlow(), s.macdSignal()) + 1);
    }

    @Override
    public EvidenceEvaluator newEvaluator(Symbol symbol, Timeframe timeframe) {
        return new TechnicalEvaluator(settings);
    }
}
