package io.wavegrid.indicator.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class RollingExtremeTest {

    @Test
    void matchesNaiveScanIncludingTies() {
        SplittableRandom random = new SplittableRandom(3);
        int length = 14;
        RollingExtreme highest = RollingExtreme.highest(length);
        RollingExtreme lowest = RollingExtreme.lowest(length);
        double[] values = new double[3_000];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextInt(20);
            highest.add(values[i]);
            lowest.add(values[i]);
            double max = Double.NEGATIVE_INFINITY;
            double min = Double.POSITIVE_INFINITY;
            for (int j = Math.max(0, i - length + 1); j <= i; j++) {
                max = Math.max(max, values[j]);
                min = Math.min(min, values[j]);
            }
            assertEquals(max, highest.value(), "max at " + i);
            assertEquals(min, lowest.value(), "min at " + i);
            assertEquals(max, values[i - highest.barsSinceExtreme()]);
        }
    }
}
