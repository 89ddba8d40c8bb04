package io.wavegrid.analysis.api;

/**
 * A price that matters: where price may turn, or where a move is expected to end.
 *
 * @param strength   0 to 1
 * @param touches    how often price tested the level; 0 for projected levels
 * @param firstSeen  open time of the bar that created the level
 * @param lastTouched open time of the last bar that tested it
 */
public record PriceLevel(double price, LevelKind kind, String label, double strength, int touches,
                         long firstSeen, long lastTouched) {

    public PriceLevel {
        if (!(price > 0) || !Double.isFinite(price)) {
            throw new IllegalArgumentException("level price must be positive and finite: " + price);
        }
        if (kind == null) {
            throw new IllegalArgumentException("level needs a kind");
        }
        if (!(strength >= 0 && strength <= 1)) {
            throw new IllegalArgumentException("level strength must be within [0, 1]: " + strength);
        }
    }
}
