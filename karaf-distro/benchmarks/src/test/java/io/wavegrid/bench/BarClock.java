package io.wavegrid.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.wavegrid.market.api.Side;
import io.wavegrid.trading.api.OrderRequest;

/**
 * Times within the bar the shard thread is working on: when it was first shown (the candle close) and when its
 * analysis published the aggregation, so an order can be told apart as sent before the analysis (exits, stops after
 * a fill) or after it (a new signal's entry). The warm-up bars are timed like the others and left out of the results
 * by {@link #startTimedPart()}: code that recorded nothing during the warm-up would take a branch at the first timed bar
 * that its compiled form had never seen, and the JIT would recompile the trading path (the order manager, the paper
 * exchange, the shard's loop) during the timed part. Written on the shard thread only, read once the replay is done.
 */
final class BarClock {

    /** The kind of a fill report; an order update's kind is its new status. */
    static final String FILL = "fill";

    private long barStart;
    private long barCpuStart;
    private long aggregated;
    private long reported;
    private int sentOnShard;
    /** When the first timed bar was shown, for the throughput of the timed part. */
    volatile long timedFrom;
    /**
     * The JIT's total compilation time (ms) when the timed part began: what it compiles during the timed part shows
     * whether the warm-up was long enough for the rare paths (an exit, a partly filled entry's stop) to be compiled.
     */
    volatile long compilationAtTimedStart;
    /** Each collector's collection count and time (ms) when the timed part began, by collector name. */
    final Map<String, long[]> gcAtTimedStart = new HashMap<>();
    final LatencySamples analysis;
    final LatencySamples orders;
    final LatencySamples entryOrders;
    final LatencySamples aggregationToOrder;
    /** Every order by what it does, from its client order id's role: where a tail comes from. */
    final Map<String, LatencySamples> byKind = new TreeMap<>();
    /** Orders sent after the exchange reported something in the bar (a fill): the part from its first report. */
    final LatencySamples reportToOrder;
    /**
     * The shard thread's own CPU time from the candle close to each order. The rest of the wall time it did not run
     * (a GC pause, another thread on its core): what the code itself costs and what the machine adds, told apart.
     */
    final LatencySamples ordersOnCpu;
    /**
     * Each order's own journal entry, just before its send (an insert, or on the H2 file its write-ahead line), and the
     * order's latency without the entries of its bar up to it (a take-profit sent after the stop of the same fill waited
     * for the stop's entry too).
     */
    final LatencySamples journalEntries;
    final LatencySamples ordersWithoutEntries;
    private long entriesInBar;
    /** How long the order manager took with each report of the exchange on the shard thread, by kind. */
    final Map<String, LatencySamples> reportHandling = new TreeMap<>();
    private final Map<String, LatencySamples> handlingAlone = new HashMap<>();
    private final Map<String, LatencySamples> handlingThatSent = new HashMap<>();
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    /** Room for the samples of every bar and for about one order in ten bars, so that no array grows while timing. */
    private final int expectedOrders;

    BarClock(int bars) {
        expectedOrders = bars / 10;
        analysis = new LatencySamples(bars);
        orders = new LatencySamples(expectedOrders);
        entryOrders = new LatencySamples(expectedOrders);
        aggregationToOrder = new LatencySamples(expectedOrders);
        reportToOrder = new LatencySamples(expectedOrders);
        ordersOnCpu = new LatencySamples(expectedOrders);
        journalEntries = new LatencySamples(expectedOrders);
        ordersWithoutEntries = new LatencySamples(expectedOrders);
    }

    /**
     * Leaves what was recorded so far out of the results. Called by the driver while the shard thread is idle between
     * the warm-up and the timed bars.
     */
    void startTimedPart() {
        List.of(analysis, orders, entryOrders, aggregationToOrder, reportToOrder, ordersOnCpu, journalEntries,
                ordersWithoutEntries).forEach(LatencySamples::startHere);
        byKind.values().forEach(LatencySamples::startHere);
        reportHandling.values().forEach(LatencySamples::startHere);
        compilationAtTimedStart = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
        ManagementFactory.getGarbageCollectorMXBeans().forEach(gc -> gcAtTimedStart.put(gc.getName(),
                new long[] {gc.getCollectionCount(), gc.getCollectionTime()}));
        timedFrom = System.nanoTime();
    }

    void barShown() {
        // The CPU clock is a system call (about a microsecond): read outside the wall-clock window.
        barCpuStart = threads.getCurrentThreadCpuTime();
        barStart = System.nanoTime();
        aggregated = 0;
        reported = 0;
        entriesInBar = 0;
    }

    void aggregationPublished() {
        long now = System.nanoTime();
        if (aggregated == 0) {
            aggregated = now;
        }
        analysis.add(now - barStart);
    }

    /** The exchange told the order manager of a fill or an order's new state, on the shard thread. */
    void exchangeReported() {
        if (reported == 0 && Thread.currentThread().getName().startsWith("wavegrid-shard")) {
            reported = System.nanoTime();
        }
    }

    /** Orders the shard thread has sent so far. */
    int ordersSent() {
        return sentOnShard;
    }

    /** Records on the shard thread only, and builds the kind's name only for the first sample of each kind. */
    void reportHandled(String kind, boolean sentAnOrder, long nanos) {
        if (Thread.currentThread().getName().startsWith("wavegrid-shard")) {
            Map<String, LatencySamples> byKind = sentAnOrder ? handlingThatSent : handlingAlone;
            LatencySamples samples = byKind.get(kind);
            if (samples == null) {
                samples = new LatencySamples(expectedOrders);
                byKind.put(kind, samples);
                reportHandling.put((kind.equals(FILL) ? FILL : "order update to " + kind)
                        + (sentAnOrder ? ", sending an order" : ""), samples);
            }
            samples.add(nanos);
        }
    }

    /** The shard thread journaled a new order, which it sends next. */
    void journaled(long nanos) {
        journalEntries.add(nanos);
        entriesInBar += nanos;
    }

    void orderSent(OrderRequest request) {
        sentOnShard++;
        long now = System.nanoTime();
        orders.add(now - barStart);
        ordersWithoutEntries.add(now - barStart - entriesInBar);
        ordersOnCpu.add(threads.getCurrentThreadCpuTime() - barCpuStart);
        if (reported != 0 && aggregated == 0) {
            reportToOrder.add(now - reported);
        }
        byKind.computeIfAbsent(kind(request), k -> new LatencySamples(expectedOrders)).add(now - barStart);
        if (aggregated != 0) {
            entryOrders.add(now - barStart);
            aggregationToOrder.add(now - aggregated);
        }
    }

    /** The order's role as the order manager names it in the client order id ({@code wg<key>-<role>.<attempt>}). */
    private static String kind(OrderRequest request) {
        String id = request.clientOrderId();
        int dash = id.lastIndexOf('-');
        char role = dash < 0 || dash + 1 >= id.length() ? '?' : id.charAt(dash + 1);
        return switch (role) {
            case 'E' -> request.side() == Side.BUY ? "entry (buy)" : "close of a long (sell)";
            case 'S' -> "stop";
            case 'T' -> "take-profit";
            case 'X' -> "exit at market";
            default -> "other";
        };
    }
}
