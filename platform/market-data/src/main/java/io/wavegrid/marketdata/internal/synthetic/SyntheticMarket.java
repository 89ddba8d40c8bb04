package io.wavegrid.marketdata.internal.synthetic;

import io.wavegrid.market.api.Candle;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Timeframe;

/**
 * A deterministic synthetic 1m market for one symbol: log returns with GARCH(1,1) volatility clustering,
 * regimes (up trend, down trend, range with mean reversion) lasting exponentially distributed spans, bars
 * built from an intra-bar path, and volume rising with volatility. The same seed, symbol and origin give
 * the same bars, so every timeframe aggregated from it agrees and tests can rely on it.
 */
public final class SyntheticMarket {

    /** Long-run 1m volatility, about 60% a year, BTC-like. */
    private static final double LONG_RUN_VOL = 0.0008;
    private static final double GARCH_ALPHA = 0.07;
    private static final double GARCH_BETA = 0.91;
    private static final double GARCH_OMEGA = LONG_RUN_VOL * LONG_RUN_VOL * (1 - GARCH_ALPHA - GARCH_BETA);
    /** Trend drift per 1m bar: about 3% a day. */
    private static final double TREND_DRIFT = 0.00002;
    /** Share of the distance to the range's anchor closed per bar. */
    private static final double RANGE_PULL = 0.004;
    private static final double MEAN_REGIME_BARS = 720;
    private static final int PATH_STEPS = 4;

    private final Symbol symbol;
    private final Gaussian random;
    private final double baseVolume;
    private long openTime;
    private double logPrice;
    private double variance = LONG_RUN_VOL * LONG_RUN_VOL;
    private double lastShock;
    private Regime regime;
    private long regimeBarsLeft;
    private double anchor;

    /**
     * @param origin open time of the first bar; aligned down to the minute
     */
    public SyntheticMarket(long seed, Symbol symbol, double startPrice, long origin) {
        if (!(startPrice > 0) || Double.isInfinite(startPrice)) {
            throw new IllegalArgumentException("start price of " + symbol + " must be positive, got " + startPrice);
        }
        this.symbol = symbol;
        this.random = new Gaussian(seed * 0x9E3779B97F4A7C15L ^ symbol.code().hashCode());
        this.baseVolume = 50_000 / startPrice + 1;
        this.openTime = Timeframe.M1.align(origin);
        this.logPrice = Math.log(startPrice);
        this.anchor = logPrice;
        enterRegime(Regime.RANGE);
    }

    public Symbol symbol() {
        return symbol;
    }

    /** Open time of the bar {@link #next()} returns. */
    public long nextOpenTime() {
        return openTime;
    }

    /** The next 1m bar. */
    public Candle next() {
        if (--regimeBarsLeft <= 0) {
            enterRegime(nextRegime());
        }
        variance = GARCH_OMEGA + GARCH_ALPHA * lastShock * lastShock + GARCH_BETA * variance;
        double vol = Math.sqrt(variance);
        double drift = regime == Regime.RANGE ? RANGE_PULL * (anchor - logPrice) : regime.direction * TREND_DRIFT;
        double open = Math.exp(logPrice);
        double high = open;
        double low = open;
        double stepVol = vol / Math.sqrt(PATH_STEPS);
        double shock = 0;
        for (int i = 0; i < PATH_STEPS; i++) {
            double step = stepVol * random.next();
            shock += step;
            logPrice += drift / PATH_STEPS + step;
            double price = Math.exp(logPrice);
            high = Math.max(high, price);
            low = Math.min(low, price);
        }
        lastShock = shock;
        double close = Math.exp(logPrice);
        high *= 1 + Math.abs(random.next()) * vol * 0.3;
        low /= 1 + Math.abs(random.next()) * vol * 0.3;
        double volume = baseVolume * (0.4 + Math.abs(shock) / LONG_RUN_VOL) * Math.exp(0.3 * random.next());
        Candle bar = new Candle(symbol, Timeframe.M1, openTime, open, high, low, close, volume);
        openTime += Timeframe.M1.millis();
        return bar;
    }

    Regime regime() {
        return regime;
    }

    private Regime nextRegime() {
        double u = random.uniform();
        return switch (regime) {
            case RANGE -> u < 0.5 ? Regime.UP_TREND : Regime.DOWN_TREND;
            case UP_TREND -> u < 0.6 ? Regime.RANGE : Regime.DOWN_TREND;
            case DOWN_TREND -> u < 0.6 ? Regime.RANGE : Regime.UP_TREND;
        };
    }

    private void enterRegime(Regime next) {
        regime = next;
        anchor = logPrice;
        regimeBarsLeft = 1 + (long) (-MEAN_REGIME_BARS * Math.log(1 - random.uniform()));
    }
}
