package io.wavegrid.indicator.benchmark;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import io.wavegrid.market.api.Candle;

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
 * The baseline: ta4j 0.17 with DoubleNum computing the same indicators, used the streaming way (add a bar,
 * read every indicator at the end index) with a bounded series as a live engine would keep.
 */
final class Ta4jAnalysis {

    private Ta4jAnalysis() {
    }

    static double run(Candle[] candles) {
        BarSeries series = new BaseBarSeriesBuilder().withName("bench").withNumTypeOf(DoubleNum.class).build();
        series.setMaximumBarCount(2_000);
        ClosePriceIndicator close = new ClosePriceIndicator(series);
        MACDIndicator macd = new MACDIndicator(close, 12, 26);
        BollingerBandsMiddleIndicator middle = new BollingerBandsMiddleIndicator(new SMAIndicator(close, 20));
        StandardDeviationIndicator deviation = new StandardDeviationIndicator(close, 20);
        StochasticOscillatorKIndicator k = new StochasticOscillatorKIndicator(series, 14);
        List<Indicator<Num>> indicators = List.of(new SMAIndicator(close, 20), new EMAIndicator(close, 20),
                new RSIIndicator(close, 14), macd, macd.getSignalLine(9), macd.getHistogram(9), new ATRIndicator(series, 14),
                middle, new BollingerBandsUpperIndicator(middle, deviation), new BollingerBandsLowerIndicator(middle, deviation),
                new OnBalanceVolumeIndicator(series), new ADXIndicator(series, 14), new PlusDIIndicator(series, 14),
                new MinusDIIndicator(series, 14), k, new StochasticOscillatorDIndicator(k), new VWAPIndicator(series, 20));
        double sum = 0;
        for (Candle c : candles) {
            series.addBar(Instant.ofEpochMilli(c.closeTime()).atZone(ZoneOffset.UTC), c.open(), c.high(), c.low(), c.close(),
                    c.volume());
            int end = series.getEndIndex();
            for (Indicator<Num> indicator : indicators) {
                double v = indicator.getValue(end).doubleValue();
                sum += v == v ? v : 0;
            }
        }
        return sum;
    }
}
