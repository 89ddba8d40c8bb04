package io.wavegrid.indicator.testkit;

import java.util.SplittableRandom;

import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Timeframe;

/**
 * A reproducible synthetic market: a random walk with drifting trend and clustered volatility, so every
 * regime, many pivots and the occasional pattern occur. Used by benchmarks and robustness runs.
 */
public final class GeneratedMarket {

    private GeneratedMarket() {
    }

    public static CandleTable minutes(int bars, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long[] t = new long[bars];
        double[] o = new double[bars];
        double[] h = new double[bars];
        double[] l = new double[bars];
        double[] c = new double[bars];
        double[] v = new double[bars];
        long start = 1_704_067_200_000L;
        double price = 40_000;
        double volatility = 0.0008;
        double drift = 0;
        for (int i = 0; i < bars; i++) {
            if (i % 240 == 0) {
                drift = random.nextDouble(-0.0003, 0.0003);
            }
            volatility = Math.max(0.0002, Math.min(0.004, volatility * Math.exp(random.nextGaussian() * 0.05)));
            double open = price;
            double closePrice = open * Math.exp(drift + volatility * random.nextGaussian());
            double wick = open * volatility * Math.abs(random.nextGaussian()) * 0.7;
            t[i] = start + i * Timeframe.M1.millis();
            o[i] = open;
            c[i] = closePrice;
            h[i] = Math.max(open, closePrice) + wick * random.nextDouble();
            l[i] = Math.min(open, closePrice) - wick * random.nextDouble();
            v[i] = 5 + 50 * random.nextDouble() * (1 + 300 * volatility);
            price = closePrice;
        }
        return new CandleTable(new Symbol("GEN", "USDT"), Timeframe.M1, t, o, h, l, c, v);
    }
}
