package io.wavegrid.indicator.levels.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.wavegrid.analysis.api.LevelKind;
import io.wavegrid.analysis.api.PriceLevel;

/**
 * The clustered levels of one series in parallel primitive arrays (no allocation while candles close; a list
 * is only built when something changed). A level's price is the mean of the pivots that formed it.
 */
final class LevelBook {

    private final double[] price;
    private final int[] touches;
    private final long[] firstSeen;
    private final long[] lastTouched;
    private final long[] lastTouchBar;
    private final int maxAgeBars;
    private int count;

    LevelBook(int capacity, int maxAgeBars) {
        price = new double[capacity];
        touches = new int[capacity];
        firstSeen = new long[capacity];
        lastTouched = new long[capacity];
        lastTouchBar = new long[capacity];
        this.maxAgeBars = maxAgeBars;
    }

    /** Joins the pivot to the nearest level within {@code tolerance}, or starts a level (evicting the weakest). */
    void addPivot(double pivot, long time, long bar, double tolerance) {
        int nearest = -1;
        double best = tolerance;
        for (int i = 0; i < count; i++) {
            double distance = Math.abs(price[i] - pivot);
            if (distance <= best) {
                nearest = i;
                best = distance;
            }
        }
        if (nearest >= 0) {
            price[nearest] = (price[nearest] * touches[nearest] + pivot) / (touches[nearest] + 1);
            touches[nearest]++;
            lastTouched[nearest] = time;
            lastTouchBar[nearest] = bar;
            return;
        }
        int slot = count < price.length ? count++ : weakest(bar);
        price[slot] = pivot;
        touches[slot] = 1;
        firstSeen[slot] = time;
        lastTouched[slot] = time;
        lastTouchBar[slot] = bar;
    }

    /** Drops levels untouched for longer than the maximum age; true when any was dropped. */
    boolean expire(long bar) {
        boolean changed = false;
        for (int i = count - 1; i >= 0; i--) {
            if (bar - lastTouchBar[i] > maxAgeBars) {
                removeAt(i);
                changed = true;
            }
        }
        return changed;
    }

    /** How many levels lie at or below {@code close}; changes exactly when price crosses a level. */
    int levelsAtOrBelow(double close) {
        int below = 0;
        for (int i = 0; i < count; i++) {
            if (price[i] <= close) {
                below++;
            }
        }
        return below;
    }

    /** Levels by price; those at or below the close are support, the others resistance. */
    List<PriceLevel> publish(double close, long bar) {
        List<PriceLevel> levels = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            LevelKind kind = price[i] <= close ? LevelKind.SUPPORT : LevelKind.RESISTANCE;
            levels.add(new PriceLevel(price[i], kind, label(kind, touches[i]), strength(i, bar), touches[i], firstSeen[i],
                    lastTouched[i]));
        }
        levels.sort((a, b) -> Double.compare(a.price(), b.price()));
        return Collections.unmodifiableList(levels);
    }

    /** Labels of the usual touch counts, written once: the levels are published on every bar. */
    private static final String[][] LABELS = new String[2][33];

    static {
        for (int touches = 0; touches < LABELS[0].length; touches++) {
            LABELS[0][touches] = writeLabel(LevelKind.SUPPORT, touches);
            LABELS[1][touches] = writeLabel(LevelKind.RESISTANCE, touches);
        }
    }

    static String label(LevelKind kind, int touches) {
        if (touches >= 0 && touches < LABELS[0].length) {
            return LABELS[kind == LevelKind.SUPPORT ? 0 : 1][touches];
        }
        return writeLabel(kind, touches);
    }

    private static String writeLabel(LevelKind kind, int touches) {
        return (kind == LevelKind.SUPPORT ? "support" : "resistance") + " (" + touches + (touches == 1 ? " touch)" : " touches)");
    }

    /** More touches and a recent touch make a level strong: 60% touches (full at 4), 40% recency. */
    private double strength(int i, long bar) {
        double touchScore = Math.min(1, touches[i] / 4.0);
        double recency = Math.exp(-(bar - lastTouchBar[i]) / (maxAgeBars / 3.0));
        return Math.min(1, Math.max(0, 0.6 * touchScore + 0.4 * recency));
    }

    private int weakest(long bar) {
        int weakest = 0;
        for (int i = 1; i < count; i++) {
            if (strength(i, bar) < strength(weakest, bar)) {
                weakest = i;
            }
        }
        return weakest;
    }

    private void removeAt(int i) {
        int last = --count;
        price[i] = price[last];
        touches[i] = touches[last];
        firstSeen[i] = firstSeen[last];
        lastTouched[i] = lastTouched[last];
        lastTouchBar[i] = lastTouchBar[last];
    }

    int size() {
        return count;
    }
}
