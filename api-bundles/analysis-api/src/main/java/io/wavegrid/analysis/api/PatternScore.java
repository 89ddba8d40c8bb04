package io.wavegrid.analysis.api;

/**
 * How much a detection is worth, with the context that made it so.
 *
 * @param confidence        0 to 1
 * @param relativeVolume    volume of the pattern bar(s) over their recent average; NaN if unknown
 * @param nearestSupport    nearest support below the close; NaN if none known
 * @param nearestResistance nearest resistance above the close; NaN if none known
 */
public record PatternScore(Strength strength, double confidence, double relativeVolume, Trend trend,
                           double nearestSupport, double nearestResistance) {

    public PatternScore {
        if (strength == null || trend == null) {
            throw new IllegalArgumentException("pattern score needs a strength and a trend");
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be within [0, 1]: " + confidence);
        }
    }
}
