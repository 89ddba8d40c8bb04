package io.wavegrid.exchange.kucoin.internal.market;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.wavegrid.exchange.kucoin.internal.parse.BookChange;
import io.wavegrid.market.api.BookLevel;
import io.wavegrid.market.api.OrderBook;
import io.wavegrid.market.api.Symbol;

/**
 * A local order book kept in step with KuCoin's {@code /market/level2} stream as KuCoin documents it: buffer
 * the messages, load a REST snapshot, replay the buffer, then apply each message that continues the book
 * ({@code sequenceStart <= sequence + 1} and {@code sequenceEnd > sequence}). Within a message only the
 * changes whose own sequence is past the book's are applied, so a message that overlaps the snapshot is
 * applied in part, never twice. A message that starts past {@code sequence + 1} is a gap: the book starts
 * over from a new snapshot. A message ending at or before the book's sequence is a repeat and is dropped. A
 * size of 0 removes the level; a price of 0 carries no level (KuCoin: only the sequence moves). Snapshots are
 * taken at most once a second (a later one is scheduled, not dropped).
 */
public final class KucoinBookSync {

    private static final Logger LOG = LoggerFactory.getLogger(KucoinBookSync.class);
    private static final long SNAPSHOT_INTERVAL_MS = 1000;

    /** The book as a REST snapshot gives it. */
    public record Snapshot(long sequence, List<BookLevel> bids, List<BookLevel> asks) {
    }

    @FunctionalInterface
    public interface SnapshotSource {
        Snapshot fetch() throws Exception;
    }

    private record Message(long start, long end, List<BookChange> bids, List<BookChange> asks, long time) {
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
    private final List<Message> buffer = new ArrayList<>();
    private State state = State.IDLE;
    private long sequence;
    private long lastSnapshotRequest = Long.MIN_VALUE / 2;
    private int resyncs;

    public KucoinBookSync(Symbol symbol, int levels, SnapshotSource snapshots, ScheduledExecutorService scheduler,
                          Consumer<OrderBook> out, LongSupplier clock) {
        this.symbol = symbol;
        this.levels = levels;
        this.snapshots = snapshots;
        this.scheduler = scheduler;
        this.out = out;
        this.clock = clock;
    }

    public synchronized void onChanges(long start, long end, List<BookChange> bidChanges, List<BookChange> askChanges, long time) {
        Message message = new Message(start, end, bidChanges, askChanges, time);
        if (state != State.LIVE) {
            buffer.add(message);
            requestSnapshot();
            return;
        }
        if (end <= sequence) {
            return; // a repeat, or a late message the book already went past
        }
        if (start > sequence + 1) {
            LOG.warn("{} order book: level 2 message {}..{} does not continue {}; resynchronising", symbol, start, end, sequence);
            resyncs++;
            restart();
            buffer.add(message);
            requestSnapshot();
            return;
        }
        apply(message);
        publish(time);
    }

    /** The stream reconnected: the messages in between are lost, so the book must be rebuilt. */
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
        // messages may have arrived out of order while the snapshot was on its way
        buffer.sort(Comparator.comparingLong(Message::start).thenComparingLong(Message::end));
        buffer.removeIf(m -> m.end() <= snapshot.sequence());
        if (!buffer.isEmpty() && buffer.get(0).start() > snapshot.sequence() + 1) {
            state = State.IDLE; // the snapshot is older than the stream: take another one
            requestSnapshot();
            return;
        }
        load(bids, snapshot.bids());
        load(asks, snapshot.asks());
        sequence = snapshot.sequence();
        long time = clock.getAsLong();
        for (Message message : buffer) {
            if (message.end() <= sequence) {
                continue; // a repeat within the buffer
            }
            if (message.start() > sequence + 1) {
                resyncs++;
                state = State.IDLE;
                buffer.clear();
                return;
            }
            apply(message);
            time = message.time();
        }
        buffer.clear();
        state = State.LIVE;
        publish(time);
    }

    private void apply(Message message) {
        update(bids, message.bids());
        update(asks, message.asks());
        sequence = message.end();
    }

    private void update(NavigableMap<BigDecimal, BigDecimal> side, List<BookChange> changes) {
        for (BookChange change : changes) {
            if (change.sequence() <= sequence || change.price().signum() == 0) {
                continue;
            }
            if (change.size().signum() == 0) {
                side.remove(change.price());
            } else {
                side.put(change.price(), change.size());
            }
        }
    }

    private static void load(NavigableMap<BigDecimal, BigDecimal> side, List<BookLevel> snapshot) {
        side.clear();
        for (BookLevel level : snapshot) {
            side.put(level.price(), level.quantity());
        }
    }

    private void publish(long time) {
        out.accept(new OrderBook(symbol, sequence, top(bids), top(asks), Instant.ofEpochMilli(time)));
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
