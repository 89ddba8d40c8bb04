package io.wavegrid.bench;

/**
 * Times within the bar the shard thread is working on: when it was first shown (the candle close) and when its
 * analysis published the aggregation, so an order can be told apart as sent before the analysis (exits, stops after
 * a fill) or after it (a new signal's entry). Nothing is timed during the first {@code warmupBars} bars, while the
 * JIT is still compiling the loop: a tail made of the interpreter's first runs is not the kernel's. Written on the
 * shard thread only, read once the replay is done.
 */
final class BarClock {

    private final long warmupBars;
    private long barsShown;
    private long barStart;
    private long aggregated;
    /** When the first timed bar was shown, for the throughput of the timed part. */
    volatile long timedFrom;
    final LatencySamples analysis;
    final LatencySamples orders;
    final LatencySamples entryOrders;
    final LatencySamples aggregationToOrder;

    BarClock(int expected, long warmupBars) {
        this.warmupBars = warmupBars;
        analysis = new LatencySamples(expected);
        orders = new LatencySamples(expected);
        entryOrders = new LatencySamples(expected);
        aggregationToOrder = new LatencySamples(expected);
    }

    void barShown() {
        barStart = System.nanoTime();
        aggregated = 0;
        if (++barsShown == warmupBars + 1) {
            timedFrom = barStart;
        }
    }

    private boolean timing() {
        return barsShown > warmupBars;
    }

    void aggregationPublished() {
        if (!timing()) {
            return;
        }
        long now = System.nanoTime();
        if (aggregated == 0) {
            aggregated = now;
        }
        analysis.add(now - barStart);
    }

    void orderSent() {
        if (!timing()) {
            return;
        }
        long now = System.nanoTime();
        orders.add(now - barStart);
        if (aggregated != 0) {
            entryOrders.add(now - barStart);
            aggregationToOrder.add(now - aggregated);
        }
    }
}
