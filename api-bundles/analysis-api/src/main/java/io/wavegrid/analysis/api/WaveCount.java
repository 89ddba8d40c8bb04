package io.wavegrid.analysis.api;

import java.util.List;

/**
 * An Elliott Wave count.
 *
 * @param pattern      e.g. "impulse" or "zigzag"
 * @param currentWave  label of the wave in progress
 * @param confidence   0 to 1
 * @param targets      projected price levels of the wave in progress
 * @param invalidation price that would invalidate the count
 */
public record WaveCount(String pattern, String degree, List<Wave> waves, String currentWave, Bias bias,
                        double confidence, List<PriceLevel> targets, double invalidation) {

    public WaveCount {
        waves = List.copyOf(waves);
        targets = List.copyOf(targets);
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be within [0, 1]: " + confidence);
        }
    }
}
