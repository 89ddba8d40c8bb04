package io.wavegrid.indicator.chart.internal;

/** A confirmed swing point: a high or a low, its price, open time and bar index. */
record Pivot(boolean high, double price, long time, long bar) {
}
