package io.wavegrid.persistence.internal.repository;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.wavegrid.infra.api.JournaledOrder;
import io.wavegrid.infra.api.OrderJournal;
import io.wavegrid.infra.api.StoreUnavailableException;
import io.wavegrid.persistence.internal.Database;
import io.wavegrid.persistence.internal.Dialect;
import io.wavegrid.trading.api.Order;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * The order journal in the {@code orders} table. Plain JDBC rather than JPA: journaling sits between a candle's close
 * and the order's send, and one statement in auto-commit is several times cheaper than an entity manager and a
 * transaction. On PostgreSQL (or an in-memory H2) an insert is the journaling and the primary key refuses a second
 * one; on the default H2 file a line of the write-ahead file is, and the row follows ({@link RowsWrittenAhead}). An
 * update matches the row version it read, so of two concurrent updates one re-reads and re-applies the state machine.
 */
@Component(service = OrderJournal.class, property = "infra.backend=database")
public class JdbcOrderJournal implements OrderJournal {

    private static final int UPDATE_ATTEMPTS = 5;

    /** Most working orders this journal keeps the version of; past it, they are forgotten and read again when needed. */
    static final int KNOWN_LIMIT = 50_000;

    private final Jdbc jdbc;
    /**
     * The row this journal last wrote or read of each working order, so that an update needs no read first. Only a
     * shortcut: the update still names the version it expects, and a row changed by someone else is read again.
     */
    private final Map<String, OrderRows.Versioned> known = new ConcurrentHashMap<>();

    /** On an H2 file database: new orders written ahead, their rows inserted after; else null. */
    private final RowsWrittenAhead ahead;
    private final WriteAheadCheckpoints checkpoints;

    @Activate
    public JdbcOrderJournal(@Reference Database database) {
        this(database, database.dialect() == Dialect.H2 ? h2FilePath(database) : Optional.empty());
    }

    /** @param writeAheadBeside where the write-ahead files go (the H2 database's path), or empty for none */
    JdbcOrderJournal(Database database, Optional<Path> writeAheadBeside) {
        this.jdbc = new Jdbc(database.dataSource(), "order journal");
        OrderWriteAhead writeAhead = writeAheadBeside.map(OrderWriteAhead::new).orElse(null);
        if (writeAhead != null) {
            ahead = new RowsWrittenAhead(writeAhead, jdbc);
            checkpoints = new WriteAheadCheckpoints(ahead, writeAhead, database.dataSource());
            // The restored rows are stored and the old files deleted before any order is journaled.
            checkpoints.settle();
        } else {
            ahead = null;
            checkpoints = null;
        }
    }

    @Deactivate
    void deactivate() {
        if (checkpoints != null) {
            checkpoints.close();
        }
    }

    @Override
    public boolean journal(String account, Order order) {
        JournaledOrder fresh = new JournaledOrder(account, order, order.updated());
        String id = order.clientOrderId();
        if (ahead != null ? ahead.journal(fresh) : OrderRows.insertUnlessPresent(jdbc, fresh, "journaling order")) {
            remember(new OrderRows.Versioned(fresh, 0));
            return true;
        }
        JournaledOrder stored = find(id).orElseThrow(() -> new StoreUnavailableException(
                "order journal: order " + id + " is refused as a duplicate but cannot be read back", null));
        if (stored.account().equals(account) && JournaledOrder.sameRequest(stored.order().request(), order.request())) {
            return false;
        }
        throw new IllegalStateException("order " + id + " is already journaled with a different request or account");
    }

    @Override
    public JournaledOrder update(Order order) {
        storeWaitingRows();
        String id = order.clientOrderId();
        for (int attempt = 1; ; attempt++) {
            OrderRows.Versioned remembered = attempt == 1 ? known.get(id) : null;
            OrderRows.Versioned current = remembered != null ? remembered : versioned(id)
                    .orElseThrow(() -> new IllegalArgumentException("order " + id + " is not journaled"));
            JournaledOrder updated;
            try {
                updated = current.journaled().updatedWith(order);
            } catch (IllegalStateException e) {
                if (remembered == null) {
                    throw e;
                }
                // Judged against a row that may be old: judge again against the stored one.
                known.remove(id);
                continue;
            }
            int changed = jdbc.update(OrderRows.UPDATE, s -> OrderRows.bindUpdate(s, updated.order(), current.version()),
                    "updating order", id);
            if (changed == 1) {
                remember(new OrderRows.Versioned(updated, current.version() + 1));
                return updated;
            }
            known.remove(id);
            if (attempt == UPDATE_ATTEMPTS) {
                throw new StoreUnavailableException("order journal: order " + id + " changed under " + UPDATE_ATTEMPTS
                        + " concurrent updates in a row; this update is not recorded", null);
            }
        }
    }

    @Override
    public Optional<JournaledOrder> find(String clientOrderId) {
        if (ahead != null) {
            JournaledOrder waiting = ahead.waiting(clientOrderId);
            if (waiting != null) {
                return Optional.of(waiting);
            }
            if (!ahead.mayBeStored(clientOrderId)) {
                return Optional.empty();
            }
        }
        return versioned(clientOrderId).map(OrderRows.Versioned::journaled);
    }

    @Override
    public List<JournaledOrder> open(String account) {
        storeWaitingRows();
        return jdbc.list(OrderRows.OPEN, s -> s.setString(1, account), row -> OrderRows.read(row).journaled(),
                "listing open orders of", account);
    }

    @Override
    public List<JournaledOrder> endedWithFillsSince(String account, Instant since) {
        storeWaitingRows();
        return jdbc.list(OrderRows.ENDED_WITH_FILLS, s -> {
            s.setString(1, account);
            s.setObject(2, Jdbc.utc(since));
        }, row -> OrderRows.read(row).journaled(), "listing ended orders of", account);
    }

    /** An update or a list sees every journaled order in the table, so the rows written ahead go in first. */
    private void storeWaitingRows() {
        if (ahead != null) {
            ahead.storeWaiting();
        }
    }

    /** The embedded H2 database's file path, if it has one (an in-memory or remote database has none here). */
    private static Optional<Path> h2FilePath(Database database) {
        Jdbc jdbc = new Jdbc(database.dataSource(), "order journal");
        return jdbc.one("SELECT DATABASE_PATH()", s -> { }, row -> Optional.ofNullable(row.getString(1)), "reading the database path", "")
                .flatMap(path -> path).map(Path::of);
    }

    private Optional<OrderRows.Versioned> versioned(String clientOrderId) {
        Optional<OrderRows.Versioned> row = jdbc.one(OrderRows.FIND, s -> s.setString(1, clientOrderId), OrderRows::read,
                "reading order", clientOrderId);
        row.ifPresent(this::remember);
        return row;
    }

    private void remember(OrderRows.Versioned row) {
        String id = row.journaled().order().clientOrderId();
        if (row.journaled().order().status().isTerminal()) {
            known.remove(id);
            return;
        }
        if (known.size() >= KNOWN_LIMIT) {
            // Orders left working for ever (never reconciled) must not grow this without bound.
            known.clear();
        }
        known.merge(id, row, (old, fresh) -> fresh.version() >= old.version() ? fresh : old);
    }
}
