package io.wavegrid.persistence.internal.repository;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import io.wavegrid.infra.api.AuditEntry;
import io.wavegrid.infra.api.AuditLog;
import io.wavegrid.infra.api.PendingAuditEntry;
import io.wavegrid.persistence.internal.Database;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * The append-only {@code audit_log}. Entries are written behind the caller (the risk decisions and order events of
 * the trading thread must not wait for a commit) and in their order; {@link #recent} first waits for every entry
 * recorded before it, so a reader always sees what was recorded.
 */
@Component(service = AuditLog.class, property = "infra.backend=database")
public class JdbcAuditLog implements AuditLog {

    /** Longest detail the column holds. */
    static final int MAX_DETAIL = 100_000;
    /** Entries that may wait for a database that is down before new ones are refused. */
    static final int CAPACITY = 100_000;
    private static final Duration READ_WAIT = Duration.ofSeconds(5);
    private static final String RECENT = "SELECT occurred_at, actor, action, target, detail FROM audit_log ORDER BY occurred_at DESC, id DESC";

    private final Jdbc jdbc;
    private final AuditWriter writer;

    @Activate
    public JdbcAuditLog(@Reference Database database) {
        this.jdbc = new Jdbc(database.dataSource(), "audit log");
        this.writer = new AuditWriter(database.dataSource(), CAPACITY, "wavegrid-audit-writer");
    }

    @Deactivate
    void close() {
        writer.close();
    }

    @Override
    public void record(AuditEntry entry) {
        if (entry.detail().length() > MAX_DETAIL) {
            throw new IllegalArgumentException("audit detail of " + entry.action() + " is " + entry.detail().length()
                    + " characters, more than the " + MAX_DETAIL + " the audit log keeps");
        }
        writer.append(entry);
    }

    /** The detail is written out by the writer's thread; one longer than the column holds is cut there. */
    @Override
    public void record(Instant time, String actor, String action, String target, Supplier<String> detail) {
        Objects.requireNonNull(detail, "detail");
        writer.append(new PendingAuditEntry(time, actor, action, target, () -> fitted(detail.get())));
    }

    private static String fitted(String text) {
        if (text == null || text.length() <= MAX_DETAIL) {
            return text;
        }
        String cut = " ... (cut: " + text.length() + " characters)";
        return text.substring(0, MAX_DETAIL - cut.length()) + cut;
    }

    @Override
    public List<AuditEntry> recent(int limit) {
        if (limit <= 0) {
            return List.of();
        }
        writer.awaitWritten(READ_WAIT);
        return jdbc.list(RECENT, s -> s.setMaxRows(limit), row -> new AuditEntry(Jdbc.instant(row, 1), row.getString(2),
                row.getString(3), row.getString(4), row.getString(5)), "reading the audit log", "newest first");
    }

    /** Entries queued and not yet written. */
    int pending() {
        return writer.pending();
    }
}
