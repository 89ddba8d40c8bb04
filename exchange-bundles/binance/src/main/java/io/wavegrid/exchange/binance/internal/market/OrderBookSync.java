package io.wavegrid.exchange.binance.internal.market;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

import io.wavegrid.market.api.BookLevel;
import io.wavegrid.market.api.OrderBook;
import io.wavegrid.market.api.Symbol;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A local order book kept in step with Binance's diff-depth stream exactly as Binance documents it: buffer
 * the diffs, load a REST snapshot, drop diffs up to its {@code lastUpdateId}, apply the first diff whose
 * range contains {@code lastUpdateId + 1}, then require each diff's first id to follow the previous final
 * id. A gap (or a reconnection) starts over from a new snapshot; snapshots are taken at most once a second
 * (a later one is scheduled, not dropped).
 */
public final class OrderBookSync {

    private static final Logger LOG = LoggerFactory.getLogger(OrderBookSync.class);
    private static final long SNAPSHOT_INTERVAL_MS = 1000;

    /** A REST snapshot of the book. */
    public record Snapshot(long lastUpdateId, List<BookLevel> bids, List<BookLevel> asks) {
    }

    @FunctionalInterface
    public interface SnapshotSource {
        Snapshot fetch() throws Exception;
    }

    private record Diff(long first, long last, List<BookLevel> bids, List<BookLevel> asks, long time) {
    }

    private enum State { IDLE, SYNCING, LIVE }

    private final Symbol symbol;
    private final int levels;
    private final SnapshotSource snapshots;
    private final ScheduledExecutorService scheduler;
    private final Consumer<OrderBook> out;
    private final LongSupplier clock;
    private final NavigableMap<BigDecimal, BigDecimal> bids = new TreeMap<>(Collections.reverseOrder());
    private final NavigableMap<BigDecimal, BigDecimal> asks = new TreeMap<>();
    private final ArrayDeque<Diff> buffer = new ArrayDeque<>();
    private State state = State.IDLE;
    private long lastUpdateId;
    private long lastSnapshotRequest = Long.MIN_VALUE / 2;
    private int resyncs;

    public OrderBookSync(Symbol symbol, int levels, SnapshotSource snapshots, ScheduledExecutorService scheduler, Consumer<OrderBook> out,
                         LongSupplier clock) {
        this.symbol = symbol;
        this.levels = levels;
        this.snapshots = snapshots;
        this.scheduler = scheduler;
        this.out = out;
        this.clock = clock;
    }

    public synchronized void onDiff(long first, long last, List<BookLevel> bidDiffs, List<BookLevel> askDiffs, long time) {
        Diff diff = new Diff(first, last, bidDiffs, askDiffs, time);
        if (state != State.LIVE) {
            buffer.add(diff);
            requestSnapshot();
            return;
        }
        if (last <= lastUpdateId) {
            return; // a repeat of a diff already applied
        }
        if (first != lastUpdateId + 1) {
            LOG.warn("{} order book: diff {}..{} does not follow {}; resynchronising", symbol, first, last, lastUpdateId);
            resyncs++;
            restart();
            buffer.add(diff);
            requestSnapshot();
            return;
        }
        apply(diff);
        publish(diff.time);
    }

    /** The stream reconnected: the diffs in between are lost, so the book must be rebuilt. */
    public synchronized void restart() {
        state = State.IDLE;
        buffer.clear();
    }

    public synchronized int resyncs() {
        return resyncs;
    }

    private void requestSnapshot() {
        if (state == State.SYNCING) {
            return;
        }
        long now = clock.getAsLong();
        long delay = Math.max(0, lastSnapshotRequest + SNAPSHOT_INTERVAL_MS - now);
        state = State.SYNCING;
        lastSnapshotRequest = now + delay;
        scheduler.schedule(() -> {
            try {
                onSnapshot(snapshots.fetch());
            } catch (Exception e) {
                LOG.warn("{} order book snapshot failed: {}", symbol, e.getMessage());
                synchronized (this) {
                    state = State.IDLE;
                }
            }
        }, delay, TimeUnit.MILLISECONDS);
    }

    private synchronized void onSnapshot(Snapshot snapshot) {
        if (state != State.SYNCING) {
            return;
        }
        while (!buffer.isEmpty() && buffer.peekFirst().last <= snapshot.lastUpdateId()) {
            buffer.pollFirst();
        }
        if (!buffer.isEmpty() && buffer.peekFirst().first > snapshot.lastUpdateId() + 1) {
            state = State.IDLE; // the snapshot is older than the stream: take another one
            requestSnapshot();
            return;
        }
        load(bids, snapshot.bids());
        load(asks, snapshot.asks());
        lastUpdateId = snapshot.lastUpdateId();
        long time = clock.getAsLong();
        while (!buffer.isEmpty()) {
            Diff diff = buffer.pollFirst();
            if (diff.first > lastUpdateId + 1) {
                resyncs++;
                state = State.IDLE;
                buffer.clear();
                return;
            }
            apply(diff);
            time = diff.time;
        }
        state = State.LIVE;
        publish(time);
    }

    private void apply(Diff diff) {
        update(bids, diff.bids);
        update(asks, diff.asks);
        lastUpdateId = diff.last;
    }

    private static void load(NavigableMap<BigDecimal, BigDecimal> side, List<BookLevel> levels) {
        side.clear();
        update(side, levels);
    }

    private static void update(NavigableMap<BigDecimal, BigDecimal> side, List<BookLevel> levels) {
        for (BookLevel level : levels) {
            if (level.quantity().signum() == 0) {
                side.remove(level.price());
            } else {
                side.put(level.price(), level.quantity());
            }
        }
    }

    private void publish(long time) {
        out.accept(new OrderBook(symbol, lastUpdateId, top(bids), top(asks), Instant.ofEpochMilli(time)));
    }

    private List<BookLevel> top(NavigableMap<BigDecimal, BigDecimal> side) {
        List<BookLevel> result = new ArrayList<>(Math.min(levels, side.size()));
        for (Map.Entry<BigDecimal, BigDecimal> e : side.entrySet()) {
            if (result.size() == levels) {
                break;
            }
            result.add(new BookLevel(e.getKey(), e.getValue()));
        }
        return result;
    }
}
