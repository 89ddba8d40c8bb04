package io.wavegrid.indicator.technical.internal.calculator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import io.wavegrid.indicator.core.BarCalculator;
import io.wavegrid.indicator.core.Seeding;
import io.wavegrid.indicator.testkit.CandleTable;
import io.wavegrid.indicator.testkit.GeneratedMarket;
import io.wavegrid.market.api.Candle;

import org.junit.jupiter.api.Test;

/** A rejected bar throws a clear error and leaves every calculator exactly as a run without it. */
class BadInputTest {

    @Test
    void outOfOrderAndDuplicateBarsAreRejectedWithoutPoisoningState() {
        CandleTable market = GeneratedMarket.minutes(400, 11);
        List<BarCalculator> clean = all();
        List<BarCalculator> disturbed = all();
        for (int i = 0; i < market.size(); i++) {
            Candle candle = market.candle(i);
            for (int c = 0; c < clean.size(); c++) {
                clean.get(c).update(candle);
                BarCalculator calculator = disturbed.get(c);
                calculator.update(candle);
                if (i > 0 && i % 50 == 0) {
                    IllegalArgumentException duplicate = assertThrows(IllegalArgumentException.class, () -> calculator.update(candle));
                    assertTrue(duplicate.getMessage().contains("out-of-order"), duplicate.getMessage());
                    Candle earlier = market.candle(i - 1);
                    assertThrows(IllegalArgumentException.class, () -> calculator.update(earlier));
                }
            }
        }
        for (int c = 0; c < clean.size(); c++) {
            assertEquals(clean.get(c).value(0), disturbed.get(c).value(0), "calculator " + c);
        }
    }

    @Test
    void invalidCandlesCannotBeBuiltAndUnknownOutputsAreRefused() {
        CandleTable market = GeneratedMarket.minutes(2, 1);
        assertThrows(IllegalArgumentException.class,
                () -> new Candle(market.symbol, market.timeframe, 0, Double.NaN, 1, 1, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new Candle(market.symbol, market.timeframe, 0, 1, 1, 1, 1, -5));
        SmaCalculator sma = new SmaCalculator(2);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> sma.value(1));
        assertTrue(e.getMessage().contains("output 1"));
        assertThrows(IllegalArgumentException.class, () -> new MacdCalculator(26, 12, 9, Seeding.SMA));
    }

    private static List<BarCalculator> all() {
        return List.of(new SmaCalculator(20), new EmaCalculator(20, Seeding.SMA), new RsiCalculator(14, Seeding.SMA),
                new MacdCalculator(12, 26, 9, Seeding.SMA), new AtrCalculator(14, Seeding.SMA), new BollingerCalculator(20, 2),
                new ObvCalculator(), new AdxCalculator(14, 14, Seeding.SMA), new StochasticCalculator(14, 3, 3),
                new VwapCalculator(VwapCalculator.Mode.SESSION, 1), new VwapCalculator(VwapCalculator.Mode.ROLLING, 20));
    }
}
