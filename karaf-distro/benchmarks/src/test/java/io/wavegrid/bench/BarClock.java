package io.wavegrid.bench;

/**
 * Times within the bar the shard thread is working on: when it was first shown (the candle close) and when its
 * analysis published the aggregation, so an order can be told apart as sent before the analysis (exits, stops after
 * a fill) or after it (a new signal's entry). Written and read on the shard thread only.
 */
final class BarClock {

    private long barStart;
    private long aggregated;
    final LatencySamples analysis;
    final LatencySamples orders;
    final LatencySamples entryOrders;
    final LatencySamples aggregationToOrder;

    BarClock(int expected) {
        analysis = new LatencySamples(expected);
        orders = new LatencySamples(expected);
        entryOrders = new LatencySamples(expected);
        aggregationToOrder = new LatencySamples(expected);
    }

    void barShown() {
        barStart = System.nanoTime();
        aggregated = 0;
    }

    void aggregationPublished() {
        long now = System.nanoTime();
        if (aggregated == 0) {
            aggregated = now;
        }
        analysis.add(now - barStart);
    }

    void orderSent() {
        long now = System.nanoTime();
        orders.add(now - barStart);
        if (aggregated != 0) {
            entryOrders.add(now - barStart);
            aggregationToOrder.add(now - aggregated);
        }
    }
}
