package io.wavegrid.indicator.chart.internal;

/**
 * The last few swing points as an alternating zigzag: a high follows a low. A new swing of the same kind as
 * the last replaces it when more extreme; a swing smaller than the minimum (in price) from the last opposite
 * point is ignored, so noise does not fragment the structure.
 */
final class PivotSequence {

    private final Pivot[] pivots;
    private int size;

    PivotSequence(int capacity) {
        pivots = new Pivot[capacity];
    }

    /** Offers a swing point; true when the sequence changed. */
    boolean offer(Pivot pivot, double minimumSwing) {
        if (size > 0) {
            Pivot last = get(0);
            if (last.high() == pivot.high()) {
                boolean moreExtreme = pivot.high() ? pivot.price() > last.price() : pivot.price() < last.price();
                if (!moreExtreme) {
                    return false;
                }
                pivots[(size - 1) % pivots.length] = pivot;
                return true;
            }
            if (Math.abs(pivot.price() - last.price()) < minimumSwing) {
                return false;
            }
        }
        pivots[size % pivots.length] = pivot;
        size++;
        return true;
    }

    /** Pivot {@code k} back (0 = latest); requires {@code k < size()}. */
    Pivot get(int k) {
        return pivots[(size - 1 - k) % pivots.length];
    }

    int size() {
        return Math.min(size, pivots.length);
    }
}
