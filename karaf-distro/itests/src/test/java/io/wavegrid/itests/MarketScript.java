package io.wavegrid.itests;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;

import io.wavegrid.market.api.Candle;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Timeframe;

/**
 * A seeded market with trends and ranges and clustered volatility, so the analysis set finds setups
 * in both directions. The same seed always gives the same candles.
 */
public final class MarketScript {

    private MarketScript() {
    }

    public static List<Candle> hourly(Symbol symbol, int bars, long seed, double startPrice) {
        List<Candle> candles = new ArrayList<>(bars);
        generate(symbol, Timeframe.H1, bars, seed, startPrice, candles::add);
        return candles;
    }

    /** Streams the candles one by one, for series too long to hold. */
    public static void generate(Symbol symbol, Timeframe timeframe, int bars, long seed, double startPrice,
                                Consumer<Candle> sink) {
        SplittableRandom random = new SplittableRandom(seed);
        long time = timeframe.align(Candles.START);
        double price = startPrice;
        double drift = 0;
        double volatility = 0.008;
        int regimeLeft = 0;
        for (int i = 0; i < bars; i++) {
            if (regimeLeft-- <= 0) {
                regimeLeft = 40 + random.nextInt(120);
                int regime = random.nextInt(3);
                drift = regime == 0 ? 0.0025 : regime == 1 ? -0.0025 : 0;
            }
            double shock = random.nextGaussian() * volatility;
            volatility = Math.max(0.003, Math.min(0.03, 0.9 * volatility + 0.1 * Math.abs(shock) * 1.6 + 0.0003));
            double open = price;
            // A gentle pull back towards the start keeps a long series within a tradable band.
            double pull = -0.001 * Math.log(open / startPrice);
            double close = Math.max(startPrice * 0.05, open * (1 + drift + pull + shock));
            double high = Math.max(open, close) * (1 + Math.abs(random.nextGaussian()) * volatility * 0.5);
            double low = Math.min(open, close) * (1 - Math.abs(random.nextGaussian()) * volatility * 0.5);
            double volume = 50 + random.nextDouble() * 150 * (1 + Math.abs(shock) / volatility);
            sink.accept(new Candle(symbol, timeframe, time, round(open), round(high), round(low), round(close), round(volume)));
            price = close;
            time += timeframe.millis();
        }
    }

    /** Two decimals, as an exchange would quote; keeps high ≥ open/close ≥ low after rounding. */
    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
