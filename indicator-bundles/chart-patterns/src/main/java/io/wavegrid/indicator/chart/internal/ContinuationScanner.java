package io.wavegrid.indicator.chart.internal;

import java.util.List;

import io.wavegrid.analysis.api.KeyPoint;

/** Triangles, flags and pennants ending at the latest swing point. */
final class ContinuationScanner {

    private ContinuationScanner() {
    }

    /**
     * A pole from p4 to p3 of at least {@code poleAtr} ATRs within {@code poleBars}, then a consolidation p2, p1,
     * p0 that retraces at most half the pole and makes a lower high and a further low (bull case): lows falling
     * too make a flag (a channel against the pole), lows rising a pennant (converging).
     */
    static Formation flagOrPennant(PivotSequence p, double atr, ChartSettings s, long bar) {
        if (p.size() < 5) {
            return null;
        }
        Pivot last = p.get(0);
        Pivot counter = p.get(1);
        Pivot middle = p.get(2);
        Pivot top = p.get(3);
        Pivot base = p.get(4);
        double sign = top.high() ? 1 : -1;
        double pole = sign * (top.price() - base.price());
        boolean quickPole = pole >= s.poleAtr() * atr && top.bar() - base.bar() <= s.poleBars();
        double deepest = sign > 0 ? Math.min(middle.price(), last.price()) : Math.max(middle.price(), last.price());
        boolean shallow = sign * (top.price() - deepest) <= 0.5 * pole;
        boolean lowerCounter = sign * (top.price() - counter.price()) > 0;
        boolean tight = last.bar() - top.bar() <= 2 * s.poleBars();
        if (!quickPole || !shallow || !lowerCounter || !tight) {
            return null;
        }
        boolean flag = sign * (middle.price() - last.price()) > 0;
        ChartPattern pattern = sign > 0 ? (flag ? ChartPattern.BULL_FLAG : ChartPattern.BULL_PENNANT)
                : (flag ? ChartPattern.BEAR_FLAG : ChartPattern.BEAR_PENNANT);
        Line counterLine = Line.through(top, counter);
        Line supportLine = Line.through(middle, last);
        List<KeyPoint> points = List.of(ReversalScanner.point("pole start", base), ReversalScanner.point("pole end", top),
                ReversalScanner.point("consolidation", middle), ReversalScanner.point("consolidation", counter),
                ReversalScanner.point("consolidation", last));
        double quality = 1 - sign * (top.price() - deepest) / pole;
        return new Formation(pattern, sign > 0 ? counterLine : supportLine, sign > 0 ? supportLine : counterLine, pole,
                deepest, quality, points, base.bar(), bar + 2 * (top.bar() - base.bar()) + s.pivotBars());
    }

    /**
     * Five alternating swing points, three on one side and two on the other: flat highs with rising lows
     * (ascending), flat lows with falling highs (descending), or falling highs with rising lows (symmetrical).
     * The middle touch must lie on its line.
     */
    static Formation triangle(PivotSequence p, double atr, ChartSettings s, long bar) {
        if (p.size() < 5) {
            return null;
        }
        double equal = s.equalAtr() * atr;
        Pivot oldest = p.get(4);
        Pivot[] highs = oldest.high() ? new Pivot[] {oldest, p.get(2), p.get(0)} : new Pivot[] {p.get(3), p.get(1)};
        Pivot[] lows = oldest.high() ? new Pivot[] {p.get(3), p.get(1)} : new Pivot[] {oldest, p.get(2), p.get(0)};
        Pivot firstHigh = highs[0];
        Pivot lastHigh = highs[highs.length - 1];
        Pivot firstLow = lows[0];
        Pivot lastLow = lows[lows.length - 1];
        boolean highsFlat = Math.abs(lastHigh.price() - firstHigh.price()) <= equal;
        boolean lowsFlat = Math.abs(lastLow.price() - firstLow.price()) <= equal;
        boolean highsFalling = firstHigh.price() - lastHigh.price() > equal;
        boolean lowsRising = lastLow.price() - firstLow.price() > equal;
        ChartPattern pattern = highsFlat && lowsRising ? ChartPattern.ASCENDING_TRIANGLE
                : lowsFlat && highsFalling ? ChartPattern.DESCENDING_TRIANGLE
                : highsFalling && lowsRising ? ChartPattern.SYMMETRICAL_TRIANGLE : null;
        double height = Math.max(firstHigh.price(), lastHigh.price()) - Math.min(firstLow.price(), lastLow.price());
        if (pattern == null || height < s.depthAtr() * atr) {
            return null;
        }
        Line upper = pattern == ChartPattern.ASCENDING_TRIANGLE
                ? Line.flat((firstHigh.price() + lastHigh.price()) / 2, lastHigh.bar()) : Line.through(firstHigh, lastHigh);
        Line lower = pattern == ChartPattern.DESCENDING_TRIANGLE
                ? Line.flat((firstLow.price() + lastLow.price()) / 2, lastLow.bar()) : Line.through(firstLow, lastLow);
        Pivot middle = p.get(2);
        double miss = Math.abs(middle.price() - (middle.high() ? upper : lower).at(middle.bar()));
        if (miss > equal) {
            return null;
        }
        double invalidation = pattern == ChartPattern.ASCENDING_TRIANGLE ? lastLow.price()
                : pattern == ChartPattern.DESCENDING_TRIANGLE ? lastHigh.price() : Double.NaN;
        List<KeyPoint> points = List.of(ReversalScanner.point("touch 1", oldest), ReversalScanner.point("touch 2", p.get(3)),
                ReversalScanner.point("touch 3", middle), ReversalScanner.point("touch 4", p.get(1)),
                ReversalScanner.point("touch 5", p.get(0)));
        return new Formation(pattern, upper, lower, height, invalidation, 1 - 0.5 * miss / equal, points, oldest.bar(),
                bar + (p.get(0).bar() - oldest.bar()));
    }
}
