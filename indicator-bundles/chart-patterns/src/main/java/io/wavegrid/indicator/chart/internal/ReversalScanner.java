package io.wavegrid.indicator.chart.internal;

import java.util.List;

import io.wavegrid.analysis.api.KeyPoint;

/** Head and shoulders (and inverse), double tops and bottoms, ending at the latest swing point. */
final class ReversalScanner {

    private ReversalScanner() {
    }

    /**
     * p0 right shoulder, p1 right trough, p2 head, p3 left trough, p4 left shoulder, p5 the start of the move,
     * which must be beyond the troughs so the pattern reverses a trend. The neckline joins the troughs.
     */
    static Formation headAndShoulders(PivotSequence p, double atr, ChartSettings s, long bar) {
        if (p.size() < 6) {
            return null;
        }
        Pivot right = p.get(0);
        Pivot rightTrough = p.get(1);
        Pivot head = p.get(2);
        Pivot leftTrough = p.get(3);
        Pivot left = p.get(4);
        double sign = right.high() ? 1 : -1;
        double equal = s.equalAtr() * atr;
        double outerShoulder = sign > 0 ? Math.max(left.price(), right.price()) : Math.min(left.price(), right.price());
        double innerTrough = sign > 0 ? Math.min(leftTrough.price(), rightTrough.price())
                : Math.max(leftTrough.price(), rightTrough.price());
        boolean headStandsOut = sign * (head.price() - outerShoulder) >= equal;
        boolean shouldersMatch = Math.abs(left.price() - right.price()) <= 1.5 * equal;
        boolean trendBefore = sign * (p.get(5).price() - innerTrough) < 0;
        boolean necklineLevel = Math.abs(leftTrough.price() - rightTrough.price()) <= 2 * equal;
        Line neckline = Line.through(leftTrough, rightTrough);
        double height = sign * (head.price() - neckline.at(head.bar()));
        if (!headStandsOut || !shouldersMatch || !trendBefore || !necklineLevel || height < s.depthAtr() * atr) {
            return null;
        }
        double quality = 1 - 0.5 * Math.abs(left.price() - right.price()) / (1.5 * equal);
        List<KeyPoint> points = List.of(point("left shoulder", left), point("left trough", leftTrough), point("head", head),
                point("right trough", rightTrough), point("right shoulder", right));
        ChartPattern pattern = right.high() ? ChartPattern.HEAD_AND_SHOULDERS : ChartPattern.INVERSE_HEAD_AND_SHOULDERS;
        return new Formation(pattern, right.high() ? null : neckline, right.high() ? neckline : null, height, head.price(),
                quality, points, left.bar(), bar + (right.bar() - left.bar()));
    }

    /** p0 second top, p1 trough, p2 first top, p3 the start of the rise, below the trough. */
    static Formation doubleTopOrBottom(PivotSequence p, double atr, ChartSettings s, long bar) {
        if (p.size() < 4) {
            return null;
        }
        Pivot second = p.get(0);
        Pivot trough = p.get(1);
        Pivot first = p.get(2);
        double sign = second.high() ? 1 : -1;
        double equal = s.equalAtr() * atr;
        double peak = (first.price() + second.price()) / 2;
        double height = sign * (peak - trough.price());
        boolean level = Math.abs(first.price() - second.price()) <= equal;
        boolean trendBefore = sign * (p.get(3).price() - trough.price()) < 0;
        if (!level || !trendBefore || height < s.depthAtr() * atr) {
            return null;
        }
        double extreme = sign > 0 ? Math.max(first.price(), second.price()) : Math.min(first.price(), second.price());
        Line neckline = Line.flat(trough.price(), trough.bar());
        List<KeyPoint> points = List.of(point(second.high() ? "first top" : "first bottom", first), point("neckline", trough),
                point(second.high() ? "second top" : "second bottom", second));
        return new Formation(second.high() ? ChartPattern.DOUBLE_TOP : ChartPattern.DOUBLE_BOTTOM,
                second.high() ? null : neckline, second.high() ? neckline : null, height, extreme,
                1 - 0.5 * Math.abs(first.price() - second.price()) / equal, points, first.bar(), bar + (second.bar() - first.bar()));
    }

    static KeyPoint point(String label, Pivot pivot) {
        return new KeyPoint(label, pivot.time(), pivot.price());
    }
}
