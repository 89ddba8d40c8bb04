package io.wavegrid.engine.core.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import io.wavegrid.analysis.api.AnalysisSnapshot;
import io.wavegrid.analysis.api.Indicator;
import io.wavegrid.analysis.api.IndicatorCalculator;
import io.wavegrid.engine.api.PluginKind;
import io.wavegrid.engine.core.plugin.PluginEntry;
import io.wavegrid.market.api.Candle;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Timeframe;
import io.wavegrid.signal.api.Category;
import io.wavegrid.signal.api.Evidence;
import io.wavegrid.signal.api.EvidenceEvaluator;
import io.wavegrid.signal.api.SignalContributor;

/** Small real plugins for kernel tests. */
final class TestPlugins {

    static final Symbol BTC = Symbol.parse("BTC/USDT");
    static final Symbol ETH = Symbol.parse("ETH/USDT");
    private static final AtomicLong IDS = new AtomicLong(1000);

    private TestPlugins() {
    }

    static Candle candle(Symbol symbol, int index, double close) {
        long t = 1_700_000_000_000L / 60_000 * 60_000 + index * 60_000L;
        return new Candle(symbol, Timeframe.M1, t, close, close + 1, close - 1, close, 10);
    }

    static PluginEntry entry(PluginKind kind, String name, Object service, Category category, int warmup, double weight) {
        return new PluginEntry(IDS.incrementAndGet(), kind, name, "test.bundle", "1.0.0", service, category, warmup, weight);
    }

    /** A contributor whose evidence is computed from the series by a function; null means no opinion. */
    static SignalContributor contributor(String name, Category category, int warmup,
                                         Function<AnalysisSnapshot, Evidence> rule) {
        return new SignalContributor() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Category category() {
                return category;
            }

            @Override
            public int warmupBars() {
                return warmup;
            }

            @Override
            public EvidenceEvaluator newEvaluator(Symbol symbol, Timeframe timeframe) {
                return rule::apply;
            }
        };
    }

    /** Bullish once it has seen {@code bars} closes of its own, counting from its first call. */
    static SignalContributor countingContributor(String name, int bars, List<Long> seenTimes) {
        return new SignalContributor() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Category category() {
                return Category.TECHNICAL;
            }

            @Override
            public int warmupBars() {
                return bars;
            }

            @Override
            public EvidenceEvaluator newEvaluator(Symbol symbol, Timeframe timeframe) {
                List<Long> mine = new ArrayList<>();
                return snapshot -> {
                    mine.add(snapshot.series().openTime(0));
                    synchronized (seenTimes) {
                        seenTimes.add(snapshot.series().openTime(0));
                    }
                    return mine.size() >= bars ? new Evidence(0.5, 1.0, "seen " + mine.size()) : null;
                };
            }
        };
    }

    /** Simple moving average of closes, used to check indicators are warmed and published in the snapshot. */
    static Indicator sma(String name, int period) {
        return new Indicator() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public List<String> outputs() {
                return List.of("sma");
            }

            @Override
            public int warmupPeriod() {
                return period;
            }

            @Override
            public IndicatorCalculator newCalculator() {
                double[] window = new double[period];
                return new IndicatorCalculator() {
                    private int count;
                    private double sum;

                    @Override
                    public void update(Candle c) {
                        int slot = count % period;
                        sum += c.close() - window[slot];
                        window[slot] = c.close();
                        count++;
                    }

                    @Override
                    public boolean isReady() {
                        return count >= period;
                    }

                    @Override
                    public double value(int output) {
                        return sum / period;
                    }
                };
            }
        };
    }
}
