package io.wavegrid.indicator.core;

/** Arithmetic for turning indicator readings into evidence scores in [−1, 1] and confidences in [0, 1]. */
public final class Scores {

    private Scores() {
    }

    public static double clamp(double x, double low, double high) {
        return x < low ? low : x > high ? high : x;
    }

    /** Clamps to a score, [−1, 1]; NaN reads 0 (no opinion). */
    public static double score(double x) {
        return Double.isNaN(x) ? 0 : clamp(x, -1, 1);
    }

    /** Clamps to a confidence, [0, 1]; NaN reads 0. */
    public static double confidence(double x) {
        return Double.isNaN(x) ? 0 : clamp(x, 0, 1);
    }

    /**
     * How much weighted opinions agree: |Σ wᵢsᵢ| / Σ wᵢ|sᵢ|, 1 when all point the same way, 0 when they cancel
     * or are all zero. {@code weightsAndScores} alternates weight, score.
     */
    public static double agreement(double... weightsAndScores) {
        double net = 0;
        double gross = 0;
        for (int i = 0; i + 1 < weightsAndScores.length; i += 2) {
            net += weightsAndScores[i] * weightsAndScores[i + 1];
            gross += weightsAndScores[i] * Math.abs(weightsAndScores[i + 1]);
        }
        return gross == 0 ? 0 : Math.abs(net) / gross;
    }
}
