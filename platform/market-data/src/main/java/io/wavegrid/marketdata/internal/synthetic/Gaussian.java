package io.wavegrid.marketdata.internal.synthetic;

import java.util.SplittableRandom;

/**
 * Standard normal draws by the Marsaglia polar method over {@link SplittableRandom}, whose algorithm is
 * specified, so a seed gives the same market on every JDK (unlike {@code nextGaussian}'s implementation).
 */
final class Gaussian {

    private final SplittableRandom random;
    private double spare;
    private boolean hasSpare;

    Gaussian(long seed) {
        random = new SplittableRandom(seed);
    }

    double next() {
        if (hasSpare) {
            hasSpare = false;
            return spare;
        }
        double u;
        double v;
        double s;
        do {
            u = random.nextDouble() * 2 - 1;
            v = random.nextDouble() * 2 - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        double scale = Math.sqrt(-2 * Math.log(s) / s);
        spare = v * scale;
        hasSpare = true;
        return u * scale;
    }

    double uniform() {
        return random.nextDouble();
    }
}
