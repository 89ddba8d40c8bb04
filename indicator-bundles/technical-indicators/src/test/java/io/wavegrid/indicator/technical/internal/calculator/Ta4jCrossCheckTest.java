package io.wavegrid.indicator.technical.internal.calculator;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import io.wavegrid.analysis.api.IndicatorCalculator;
import io.wavegrid.indicator.core.Seeding;
import io.wavegrid.indicator.testkit.CandleTable;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseBarSeriesBuilder;
import org.ta4j.core.Indicator;
import org.ta4j.core.indicators.ATRIndicator;
import org.ta4j.core.indicators.EMAIndicator;
import org.ta4j.core.indicators.MACDIndicator;
import org.ta4j.core.indicators.RSIIndicator;
import org.ta4j.core.indicators.SMAIndicator;
import org.ta4j.core.indicators.StochasticOscillatorDIndicator;
import org.ta4j.core.indicators.StochasticOscillatorKIndicator;
import org.ta4j.core.indicators.adx.ADXIndicator;
import org.ta4j.core.indicators.adx.MinusDIIndicator;
import org.ta4j.core.indicators.adx.PlusDIIndicator;
import org.ta4j.core.indicators.bollinger.BollingerBandsLowerIndicator;
import org.ta4j.core.indicators.bollinger.BollingerBandsMiddleIndicator;
import org.ta4j.core.indicators.bollinger.BollingerBandsUpperIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.indicators.statistics.StandardDeviationIndicator;
import org.ta4j.core.indicators.volume.OnBalanceVolumeIndicator;
import org.ta4j.core.indicators.volume.VWAPIndicator;
import org.ta4j.core.num.DoubleNum;
import org.ta4j.core.num.Num;

/**
 * Every indicator ta4j 0.17 also has, on the real BTCUSDT 1h history (58k bars), must agree with ta4j
 * (DoubleNum) once ten times its longest period has passed: |ours − ta4j| ≤ 1e-9 × max(|ours|, |ta4j|, 1).
 * Recursive averages use ta4j's convention, {@link Seeding#FIRST_VALUE} (the first input seeds the average, the
 * first bar counts as a zero change for RSI and DM, and its true range is high − low). Bars where ta4j yields
 * NaN (a stochastic over a zero range) are skipped.
 */
class Ta4jCrossCheckTest {

    private static CandleTable candles;
    private static BarSeries series;
    private static ClosePriceIndicator close;

    @BeforeAll
    static void load() {
        candles = CandleTable.btcHourly();
        series = new BaseBarSeriesBuilder().withName("BTCUSDT").withNumTypeOf(DoubleNum.class).build();
        for (int i = 0; i < candles.size(); i++) {
            ZonedDateTime end = Instant.ofEpochMilli(candles.openTime[i] + candles.timeframe.millis()).atZone(ZoneOffset.UTC);
            series.addBar(end, candles.open[i], candles.high[i], candles.low[i], candles.close[i], candles.volume[i]);
        }
        close = new ClosePriceIndicator(series);
    }

    @Test
    void movingAverages() {
        check("SMA 20", 20, new SmaCalculator(20), List.of(new SMAIndicator(close, 20)));
        check("SMA 200", 200, new SmaCalculator(200), List.of(new SMAIndicator(close, 200)));
        check("EMA 9", 9, new EmaCalculator(9, Seeding.FIRST_VALUE), List.of(new EMAIndicator(close, 9)));
        check("EMA 50", 50, new EmaCalculator(50, Seeding.FIRST_VALUE), List.of(new EMAIndicator(close, 50)));
    }

    @Test
    void momentum() {
        check("RSI 14", 14, new RsiCalculator(14, Seeding.FIRST_VALUE), List.of(new RSIIndicator(close, 14)));
        MACDIndicator macd = new MACDIndicator(close, 12, 26);
        EMAIndicator signal = macd.getSignalLine(9);
        check("MACD 12/26/9", 26, new MacdCalculator(12, 26, 9, Seeding.FIRST_VALUE),
                List.of(macd, signal, macd.getHistogram(9)));
        StochasticOscillatorKIndicator k = new StochasticOscillatorKIndicator(series, 14);
        check("Stochastic 14/1/3", 14, new StochasticCalculator(14, 1, 3), List.of(k, new StochasticOscillatorDIndicator(k)));
    }

    @Test
    void volatilityAndTrendStrength() {
        check("ATR 14", 14, new AtrCalculator(14, Seeding.FIRST_VALUE), List.of(new ATRIndicator(series, 14)));
        check("ADX 14", 14, new AdxCalculator(14, 14, Seeding.FIRST_VALUE),
                List.of(new ADXIndicator(series, 14), new PlusDIIndicator(series, 14), new MinusDIIndicator(series, 14)));
        BollingerBandsMiddleIndicator middle = new BollingerBandsMiddleIndicator(new SMAIndicator(close, 20));
        StandardDeviationIndicator deviation = new StandardDeviationIndicator(close, 20);
        check("Bollinger 20/2", 20, new BollingerCalculator(20, 2),
                List.of(middle, new BollingerBandsUpperIndicator(middle, deviation), new BollingerBandsLowerIndicator(middle, deviation)));
    }

    @Test
    void volume() {
        check("OBV", 1, new ObvCalculator(), List.of(new OnBalanceVolumeIndicator(series)));
        check("VWAP rolling 20", 20, new VwapCalculator(VwapCalculator.Mode.ROLLING, 20), List.of(new VWAPIndicator(series, 20)));
    }

    /** Feeds every bar; output i of {@code ours} is compared with {@code theirs.get(i)}. */
    private static void check(String label, int longestPeriod, IndicatorCalculator ours, List<Indicator<Num>> theirs) {
        int from = 10 * longestPeriod;
        List<String> failures = new ArrayList<>();
        double worst = 0;
        int compared = 0;
        for (int i = 0; i < candles.size(); i++) {
            ours.update(candles.candle(i));
            if (i < from) {
                continue;
            }
            for (int output = 0; output < theirs.size(); output++) {
                double expected = theirs.get(output).getValue(i).doubleValue();
                if (Double.isNaN(expected)) {
                    continue;
                }
                double actual = ours.value(output);
                double error = Math.abs(actual - expected) / Math.max(1, Math.max(Math.abs(actual), Math.abs(expected)));
                worst = Math.max(worst, Double.isNaN(error) ? Double.POSITIVE_INFINITY : error);
                compared++;
                if (!(error <= 1e-9) && failures.size() < 5) {
                    failures.add("bar " + i + " output " + output + ": ours " + actual + " ta4j " + expected);
                }
            }
        }
        assertTrue(compared > 50_000, label + ": too few comparable values: " + compared);
        assertTrue(failures.isEmpty(), label + " disagrees with ta4j (worst relative error " + worst + "): " + failures);
    }
}
