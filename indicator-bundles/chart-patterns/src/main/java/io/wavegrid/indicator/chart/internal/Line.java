package io.wavegrid.indicator.chart.internal;

/** A trend line through two pivots, extrapolated by bar index. */
record Line(long bar, double price, double slope) {

    static Line through(Pivot a, Pivot b) {
        return new Line(a.bar(), a.price(), (b.price() - a.price()) / (b.bar() - a.bar()));
    }

    static Line flat(double price, long bar) {
        return new Line(bar, price, 0);
    }

    double at(long atBar) {
        return price + slope * (atBar - bar);
    }
}
