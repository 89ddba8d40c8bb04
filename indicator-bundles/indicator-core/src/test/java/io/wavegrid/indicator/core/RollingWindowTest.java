package io.wavegrid.indicator.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class RollingWindowTest {

    @Test
    void sumMeanAndVarianceMatchTwoPassComputationOnLargePricesWithSmallSpread() {
        SplittableRandom random = new SplittableRandom(7);
        int length = 20;
        RollingWindow window = new RollingWindow(length);
        double[] all = new double[5_000];
        double price = 65_000;
        for (int i = 0; i < all.length; i++) {
            price += random.nextDouble(-5, 5);
            all[i] = price;
            window.add(price);
            int from = Math.max(0, i - length + 1);
            double mean = 0;
            for (int j = from; j <= i; j++) {
                mean += all[j];
            }
            mean /= i - from + 1;
            double variance = 0;
            for (int j = from; j <= i; j++) {
                variance += (all[j] - mean) * (all[j] - mean);
            }
            variance /= i - from + 1;
            assertEquals(mean, window.mean(), 1e-12 * mean, "mean at " + i);
            assertEquals(variance, window.variance(), 1e-9 * Math.max(variance, 1e-6), "variance at " + i);
            assertEquals(all[i], window.get(0));
            assertEquals(all[from], window.get(window.size() - 1));
        }
    }

    @Test
    void workedExample() {
        RollingWindow window = new RollingWindow(3);
        window.add(2);
        window.add(4);
        window.add(6);
        assertEquals(12, window.sum(), 1e-12);
        assertEquals(8.0 / 3, window.variance(), 1e-12);
        window.add(9);
        assertEquals(19, window.sum(), 1e-12);
        assertEquals(19.0 / 3, window.mean(), 1e-12);
        assertThrows(IndexOutOfBoundsException.class, () -> window.get(3));
    }
}
