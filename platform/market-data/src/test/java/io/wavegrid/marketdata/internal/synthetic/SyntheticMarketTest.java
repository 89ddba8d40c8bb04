package io.wavegrid.marketdata.internal.synthetic;

import static io.wavegrid.marketdata.Bars.BTC;
import static io.wavegrid.marketdata.Bars.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.wavegrid.market.api.Candle;

import org.junit.jupiter.api.Test;

class SyntheticMarketTest {

    private static final int BARS = 200_000;

    @Test
    void sameSeedSameMarketOtherSeedOtherMarket() {
        SyntheticMarket a = new SyntheticMarket(1, BTC, 60_000, T0);
        SyntheticMarket b = new SyntheticMarket(1, BTC, 60_000, T0);
        SyntheticMarket c = new SyntheticMarket(2, BTC, 60_000, T0);
        boolean differs = false;
        for (int i = 0; i < 10_000; i++) {
            Candle x = a.next();
            assertEquals(x, b.next());
            differs |= !x.equals(c.next());
            assertEquals(T0 + i * 60_000L, x.openTime());
        }
        assertTrue(differs);
    }

    @Test
    void barsAreContinuousAndRegimesAllOccurWithTheirDrift() {
        SyntheticMarket market = new SyntheticMarket(42, BTC, 60_000, T0);
        Map<Regime, double[]> returnsByRegime = new EnumMap<>(Regime.class); // sum, count
        double previousClose = Double.NaN;
        for (int i = 0; i < BARS; i++) {
            Candle bar = market.next();
            if (!Double.isNaN(previousClose)) {
                assertEquals(previousClose, bar.open(), 1e-9 * previousClose, "each bar opens at the previous close");
            }
            previousClose = bar.close();
            double[] acc = returnsByRegime.computeIfAbsent(market.regime(), r -> new double[2]);
            acc[0] += Math.log(bar.close() / bar.open());
            acc[1]++;
        }
        assertEquals(3, returnsByRegime.size(), "all regimes visited");
        double up = returnsByRegime.get(Regime.UP_TREND)[0] / returnsByRegime.get(Regime.UP_TREND)[1];
        double down = returnsByRegime.get(Regime.DOWN_TREND)[0] / returnsByRegime.get(Regime.DOWN_TREND)[1];
        assertTrue(up > 0 && down < 0, "up " + up + ", down " + down);
    }

    @Test
    void volatilityClusters() {
        SyntheticMarket market = new SyntheticMarket(42, BTC, 60_000, T0);
        List<Double> squared = new ArrayList<>(BARS);
        for (int i = 0; i < BARS; i++) {
            Candle bar = market.next();
            double r = Math.log(bar.close() / bar.open());
            squared.add(r * r);
        }
        // squared returns of an i.i.d. series have ~0 lag-1 autocorrelation (|rho| < 0.01 at this length)
        double rho = autocorrelation(squared, 1);
        assertTrue(rho > 0.05, "lag-1 autocorrelation of squared returns: " + rho);
        SyntheticMarket other = new SyntheticMarket(43, BTC, 60_000, T0);
        assertNotEquals(market.next(), other.next());
    }

    private static double autocorrelation(List<Double> x, int lag) {
        double mean = x.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double num = 0;
        double den = 0;
        for (int i = 0; i < x.size(); i++) {
            double d = x.get(i) - mean;
            den += d * d;
            if (i >= lag) {
                num += d * (x.get(i - lag) - mean);
            }
        }
        return num / den;
    }
}
