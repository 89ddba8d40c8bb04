package io.wavegrid.indicator.benchmark;

import java.util.List;

import io.wavegrid.analysis.api.IndicatorCalculator;
import io.wavegrid.analysis.api.MarketRegime;
import io.wavegrid.analysis.api.PatternDetection;
import io.wavegrid.analysis.api.PriceLevel;
import io.wavegrid.analysis.api.SeriesAnalyzer;
import io.wavegrid.indicator.candlestick.internal.CandlestickPatternDetector;
import io.wavegrid.indicator.chart.internal.ChartPatternDetector;
import io.wavegrid.indicator.core.Seeding;
import io.wavegrid.indicator.levels.internal.SupportResistanceProvider;
import io.wavegrid.indicator.pvt.internal.PvtCalculator;
import io.wavegrid.indicator.regime.internal.AdxEfficiencyRegimeDetector;
import io.wavegrid.indicator.technical.internal.calculator.AdxCalculator;
import io.wavegrid.indicator.technical.internal.calculator.AtrCalculator;
import io.wavegrid.indicator.technical.internal.calculator.BollingerCalculator;
import io.wavegrid.indicator.technical.internal.calculator.EmaCalculator;
import io.wavegrid.indicator.technical.internal.calculator.MacdCalculator;
import io.wavegrid.indicator.technical.internal.calculator.ObvCalculator;
import io.wavegrid.indicator.technical.internal.calculator.RsiCalculator;
import io.wavegrid.indicator.technical.internal.calculator.SmaCalculator;
import io.wavegrid.indicator.technical.internal.calculator.StochasticCalculator;
import io.wavegrid.indicator.technical.internal.calculator.VwapCalculator;
import io.wavegrid.indicator.testkit.ArraySeries;
import io.wavegrid.indicator.testkit.CandleTable;
import io.wavegrid.indicator.wavetrend.internal.WaveTrendCalculator;
import io.wavegrid.market.api.Candle;

/** Our analysis as the engine runs it: calculators fed candles, analyzers fed the series, values read per bar. */
final class OurAnalysis {

    private OurAnalysis() {
    }

    /** The indicators ta4j also has, with the same parameters as the baseline. */
    static IndicatorCalculator[] sameAsTa4j() {
        return new IndicatorCalculator[] {new SmaCalculator(20), new EmaCalculator(20, Seeding.FIRST_VALUE),
                new RsiCalculator(14, Seeding.FIRST_VALUE), new MacdCalculator(12, 26, 9, Seeding.FIRST_VALUE),
                new AtrCalculator(14, Seeding.FIRST_VALUE), new BollingerCalculator(20, 2), new ObvCalculator(),
                new AdxCalculator(14, 14, Seeding.FIRST_VALUE), new StochasticCalculator(14, 1, 3),
                new VwapCalculator(VwapCalculator.Mode.ROLLING, 20)};
    }

    /** Outputs read per bar for each calculator of {@link #sameAsTa4j()} (matches the baseline's reads). */
    static final int[] OUTPUTS = {1, 1, 1, 3, 1, 3, 1, 3, 2, 1};

    /** Every indicator; returns a checksum of all values so nothing is optimised away. */
    static double indicators(Candle[] candles, IndicatorCalculator[] calculators, int[] outputs) {
        double sum = 0;
        for (Candle candle : candles) {
            for (int c = 0; c < calculators.length; c++) {
                IndicatorCalculator calculator = calculators[c];
                calculator.update(candle);
                for (int o = 0; o < outputs[c]; o++) {
                    double v = calculator.value(o);
                    sum += v == v ? v : 0;
                }
            }
        }
        return sum;
    }

    /** The whole analysis set: every indicator plus WaveTrend, PVT, levels, regime and both pattern detectors. */
    static double wholeSet(CandleTable table, Candle[] candles) {
        IndicatorCalculator[] same = sameAsTa4j();
        IndicatorCalculator[] calculators = new IndicatorCalculator[same.length + 3];
        System.arraycopy(same, 0, calculators, 0, same.length);
        calculators[same.length] = new VwapCalculator(VwapCalculator.Mode.SESSION, 1);
        calculators[same.length + 1] = new WaveTrendCalculator(10, 21, 4);
        calculators[same.length + 2] = new PvtCalculator(21);
        int[] outputs = java.util.Arrays.copyOf(OUTPUTS, calculators.length);
        outputs[same.length] = 1;
        outputs[same.length + 1] = 2;
        outputs[same.length + 2] = 2;
        SeriesAnalyzer<List<PriceLevel>> levels = new SupportResistanceProvider().newAnalyzer();
        SeriesAnalyzer<MarketRegime> regime = new AdxEfficiencyRegimeDetector().newAnalyzer();
        SeriesAnalyzer<List<PatternDetection>> candlesticks = new CandlestickPatternDetector().newAnalyzer();
        SeriesAnalyzer<List<PatternDetection>> charts = new ChartPatternDetector().newAnalyzer();
        ArraySeries series = new ArraySeries(table, 500);
        double sum = 0;
        long found = 0;
        for (Candle candle : candles) {
            series.advance();
            for (int c = 0; c < calculators.length; c++) {
                calculators[c].update(candle);
                for (int o = 0; o < outputs[c]; o++) {
                    double v = calculators[c].value(o);
                    sum += v == v ? v : 0;
                }
            }
            List<PriceLevel> l = levels.onBar(series);
            MarketRegime r = regime.onBar(series);
            found += candlesticks.onBar(series).size() + charts.onBar(series).size() + (l == null ? 0 : l.size());
            sum += r == null ? 0 : r.adx();
        }
        return sum + found;
    }
}
