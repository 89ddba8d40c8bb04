package io.wavegrid.indicator.regime.internal;

import io.wavegrid.analysis.api.MarketRegime;
import io.wavegrid.analysis.api.RegimeType;
import io.wavegrid.analysis.api.SeriesAnalyzer;
import io.wavegrid.indicator.core.AverageTrueRange;
import io.wavegrid.indicator.core.BarGuard;
import io.wavegrid.indicator.core.DirectionalIndex;
import io.wavegrid.indicator.core.EfficiencyRatio;
import io.wavegrid.indicator.core.ExponentialAverage;
import io.wavegrid.indicator.core.Seeding;
import io.wavegrid.market.api.CandleSeries;

/**
 * Trending when ADX and the efficiency ratio agree that price moves with purpose, in the direction of the
 * dominant DI; it stays trending until ADX falls below the exit level (hysteresis). Volatility is ATR as a
 * fraction of price, high when above a multiple of its own long EMA.
 */
final class RegimeAnalyzer implements SeriesAnalyzer<MarketRegime> {

    private final RegimeSettings settings;
    private final BarGuard guard = new BarGuard();
    private final DirectionalIndex directional;
    private final EfficiencyRatio efficiency;
    private final AverageTrueRange atr;
    private final ExponentialAverage volatilityNorm;
    private boolean trending;

    RegimeAnalyzer(RegimeSettings settings) {
        this.settings = settings;
        directional = new DirectionalIndex(settings.adxPeriod(), Seeding.SMA);
        efficiency = new EfficiencyRatio(settings.efficiencyPeriod());
        atr = new AverageTrueRange(settings.atrPeriod(), Seeding.SMA);
        volatilityNorm = ExponentialAverage.ema(settings.volatilityNormPeriod(), Seeding.SMA);
    }

    @Override
    public MarketRegime onBar(CandleSeries series) {
        guard.accept(series);
        double high = series.high(0);
        double low = series.low(0);
        double close = series.close(0);
        directional.update(high, low, close);
        efficiency.update(close);
        atr.update(high, low, close);
        if (!atr.isReady()) {
            return null;
        }
        double volatility = atr.value() / close;
        volatilityNorm.update(volatility);
        if (!directional.isReady() || !efficiency.isReady() || !volatilityNorm.isReady()) {
            return null;
        }
        double adx = directional.adx();
        double er = efficiency.value();
        trending = trending ? adx >= settings.exitAdx() : adx >= settings.enterAdx() && er >= settings.enterEfficiency();
        RegimeType type = !trending ? RegimeType.RANGING
                : directional.plusDi() >= directional.minusDi() ? RegimeType.TRENDING_UP : RegimeType.TRENDING_DOWN;
        boolean highVolatility = volatility > settings.highVolatilityRatio() * volatilityNorm.value();
        return new MarketRegime(type, highVolatility, adx, er, volatility);
    }
}
