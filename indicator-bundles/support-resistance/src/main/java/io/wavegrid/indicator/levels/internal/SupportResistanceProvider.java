package io.wavegrid.indicator.levels.internal;

import java.util.List;

import io.wavegrid.analysis.api.LevelProvider;
import io.wavegrid.analysis.api.PriceLevel;
import io.wavegrid.analysis.api.SeriesAnalyzer;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Dynamic support and resistance from clustered swing pivots; one instance per factory configuration. */
@Component(service = LevelProvider.class, configurationPid = "io.wavegrid.levels.support-resistance",
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = SupportResistanceProvider.Config.class, factory = true)
public final class SupportResistanceProvider implements LevelProvider {

    @ObjectClassDefinition(name = "Wavegrid levels: support and resistance",
            description = "Swing pivots clustered by ATR distance into levels with touches, age and strength")
    public @interface Config {
        String name() default "support-resistance";

        @AttributeDefinition(description = "Bars on each side a swing high or low must dominate")
        int pivotBars() default 5;

        int atrPeriod() default 14;

        @AttributeDefinition(description = "Pivots within this many ATRs of a level join it")
        double clusterAtr() default 0.5;

        @AttributeDefinition(description = "Most levels kept per series; the weakest makes room")
        int maxLevels() default 12;

        @AttributeDefinition(description = "A level untouched for this many bars is dropped")
        int maxAgeBars() default 500;

        @AttributeDefinition(description = "Republish at least this often so strengths reflect age")
        int refreshBars() default 24;
    }

    private volatile LevelSettings settings = LevelSettings.defaults();

    @Activate
    @Modified
    void configure(Config config) {
        settings = new LevelSettings(config.name(), config.pivotBars(), config.atrPeriod(), config.clusterAtr(),
                config.maxLevels(), config.maxAgeBars(), config.refreshBars());
    }

    @Override
    public String name() {
        return settings.name();
    }

    @Override
    public SeriesAnalyzer<List<PriceLevel>> newAnalyzer() {
        return new SupportResistanceAnalyzer(settings);
    }
}
