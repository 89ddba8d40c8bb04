package io.wavegrid.persistence.internal.repository;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import io.wavegrid.infra.api.StoreUnavailableException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the order write-ahead file short: on its own thread, once a segment holds {@link #SETTLE_AT_BYTES} or has been
 * written to for {@link #SETTLE_AFTER_MILLIS}, it is closed, the rows of its lines still waiting are inserted, H2 is
 * told to store everything ({@code CHECKPOINT}) and the closed segments are deleted; and the next segment is created
 * before it is needed. Each second it also inserts rows that waited too long for the journal's next call and grows the
 * journaled ids' filter when it is full. The trading thread only appends; it never waits for a checkpoint or a new
 * file.
 */
final class WriteAheadCheckpoints implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WriteAheadCheckpoints.class);
    /** Half a segment: the trading thread rarely fills one and never waits for the next. */
    static final long SETTLE_AT_BYTES = OrderWriteAhead.SEGMENT_BYTES / 2;
    static final long SETTLE_AFTER_MILLIS = 30_000;

    private final RowsWrittenAhead rows;
    private final OrderWriteAhead writeAhead;
    private final DataSource dataSource;
    private final ScheduledExecutorService thread;
    private long firstPendingSeen;
    /** A checkpoint failed: closed segments wait for the next one even if nothing new is appended. */
    private boolean retry;
    /** The last round failed: the next failure is not logged again. */
    private boolean failing;

    WriteAheadCheckpoints(RowsWrittenAhead rows, OrderWriteAhead writeAhead, DataSource dataSource) {
        this.rows = rows;
        this.writeAhead = writeAhead;
        this.dataSource = dataSource;
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "wavegrid-order-journal-checkpoint");
            t.setDaemon(true);
            return t;
        });
        thread.scheduleWithFixedDelay(this::settleWhenDue, 1, 1, TimeUnit.SECONDS);
    }

    /** Stores every row of the closed segments in the database and deletes them; false (logged) when it could not. */
    boolean settle() {
        long upTo;
        try {
            upTo = rows.closeSegment();
        } catch (StoreUnavailableException e) {
            LOG.warn("Storing the journaled orders' rows failed; the order write-ahead file is kept until the next checkpoint: {}",
                    e.getMessage());
            return false;
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CHECKPOINT");
        } catch (SQLException e) {
            LOG.warn("Database checkpoint failed; the order write-ahead file is kept until the next one: {}", e.getMessage());
            return false;
        }
        writeAhead.settled(upTo);
        return true;
    }

    /** Stops the thread and settles what is left, so a clean stop leaves no write-ahead file behind. */
    @Override
    public void close() {
        thread.shutdownNow();
        try {
            thread.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        settle();
        writeAhead.close();
    }

    private void settleWhenDue() {
        try {
            rows.storeOverdue();
            rows.growIdsIfFull();
            long pending = writeAhead.pending();
            long now = System.currentTimeMillis();
            if (pending > 0 && firstPendingSeen == 0) {
                firstPendingSeen = now;
            }
            if (retry || pending >= SETTLE_AT_BYTES || pending > 0 && now - firstPendingSeen >= SETTLE_AFTER_MILLIS) {
                retry = !settle();
                firstPendingSeen = 0;
            }
            writeAhead.prepareNext();
            failing = false;
        } catch (RuntimeException e) {
            // The next round tries again; a thread that died here would let the file grow for ever.
            if (!failing) {
                LOG.warn("Settling the order write-ahead file failed (retried every second): {}", e.toString());
            }
            failing = true;
        }
    }
}
