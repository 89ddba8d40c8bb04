package io.wavegrid.indicator.chart.internal;

import java.util.List;

import io.wavegrid.analysis.api.PatternDetection;
import io.wavegrid.analysis.api.PatternDetector;
import io.wavegrid.analysis.api.SeriesAnalyzer;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Head and shoulders, double tops/bottoms, triangles, flags and pennants with their breakout life cycle. */
@Component(service = PatternDetector.class, configurationPid = "io.wavegrid.patterns.chart")
@Designate(ocd = ChartPatternDetector.Config.class)
public final class ChartPatternDetector implements PatternDetector {

    @ObjectClassDefinition(name = "Wavegrid chart patterns", description = "Chart pattern recognition on swing points")
    public @interface Config {
        @AttributeDefinition(description = "Bars each side of a swing point")
        int pivotBars() default 3;

        int atrPeriod() default 14;

        @AttributeDefinition(description = "Swings smaller than this many ATRs are ignored")
        double minSwingAtr() default 1.0;

        @AttributeDefinition(description = "Highs or lows this many ATRs apart count as the same level")
        double equalAtr() default 0.75;

        @AttributeDefinition(description = "Least pattern height in ATRs")
        double depthAtr() default 2.0;

        @AttributeDefinition(description = "Least flag/pennant pole length in ATRs")
        double poleAtr() default 4.0;

        @AttributeDefinition(description = "Most bars of a flag/pennant pole")
        int poleBars() default 20;
    }

    private volatile ChartSettings settings = ChartSettings.defaults();

    @Activate
    @Modified
    void configure(Config config) {
        settings = new ChartSettings(config.pivotBars(), config.atrPeriod(), config.minSwingAtr(), config.equalAtr(),
                config.depthAtr(), config.poleAtr(), config.poleBars());
    }

    @Override
    public String name() {
        return "chart-patterns";
    }

    @Override
    public SeriesAnalyzer<List<PatternDetection>> newAnalyzer() {
        return new ChartPatternAnalyzer(settings);
    }
}
