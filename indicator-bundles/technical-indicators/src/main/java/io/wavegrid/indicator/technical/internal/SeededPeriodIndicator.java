package io.wavegrid.indicator.technical.internal;

import java.util.List;

import io.wavegrid.analysis.api.Indicator;
import io.wavegrid.analysis.api.IndicatorCalculator;
import io.wavegrid.indicator.core.Periods;
import io.wavegrid.indicator.core.Seeding;

/**
 * An indicator defined by one period and a seeding convention (EMA, RSI, ATR): the subclasses only carry
 * their DS and metatype annotations and name their calculator.
 */
abstract class SeededPeriodIndicator implements Indicator {

    private record Settings(String name, int period, Seeding seeding) {
    }

    private final String key;
    private final List<String> outputs;
    private final int extraWarmup;
    private volatile Settings settings;

    /**
     * @param key         default name prefix and the single output's name
     * @param extraWarmup bars needed beyond the period (RSI needs one change more than its period)
     */
    SeededPeriodIndicator(String key, int extraWarmup) {
        this.key = key;
        this.outputs = List.of(key);
        this.extraWarmup = extraWarmup;
    }

    /** Applies a configuration; called from the subclass's {@code @Activate @Modified} method. */
    final void apply(String name, int period, String seeding) {
        settings = new Settings(IndicatorNames.orDefault(name, key, period), Periods.requirePositive("period", period),
                Seeding.parse(seeding));
    }

    abstract IndicatorCalculator create(int period, Seeding seeding);

    @Override
    public final String name() {
        return settings.name();
    }

    @Override
    public final List<String> outputs() {
        return outputs;
    }

    @Override
    public final int warmupPeriod() {
        return settings.period() + extraWarmup;
    }

    @Override
    public final IndicatorCalculator newCalculator() {
        Settings s = settings;
        return create(s.period(), s.seeding());
    }
}
