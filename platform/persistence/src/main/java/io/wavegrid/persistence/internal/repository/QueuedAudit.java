package io.wavegrid.persistence.internal.repository;

import java.util.function.Supplier;

import io.wavegrid.infra.api.AuditEntry;

/**
 * An audit entry waiting in the {@link AuditWriter}'s queue. A detail handed in as a supplier is written out on the
 * writer's thread, once; one that fails to render is recorded as that failure, so it cannot hold up the entries
 * behind it.
 */
final class QueuedAudit {

    private final AuditEntry header;
    private Supplier<String> detail;
    private AuditEntry entry;

    QueuedAudit(AuditEntry entry) {
        this.header = entry;
        this.entry = entry;
    }

    /** @param header the entry with an empty detail, already checked */
    QueuedAudit(AuditEntry header, Supplier<String> detail) {
        this.header = header;
        this.detail = detail;
    }

    String action() {
        return header.action();
    }

    String target() {
        return header.target();
    }

    synchronized AuditEntry entry() {
        if (entry == null) {
            String text;
            try {
                text = fitted(detail.get());
            } catch (RuntimeException e) {
                text = "detail could not be written out: " + e;
            }
            entry = new AuditEntry(header.time(), header.actor(), header.action(), header.target(), text);
            detail = null;
        }
        return entry;
    }

    private static String fitted(String text) {
        if (text == null || text.length() <= JdbcAuditLog.MAX_DETAIL) {
            return text;
        }
        String cut = " ... (cut: " + text.length() + " characters)";
        return text.substring(0, JdbcAuditLog.MAX_DETAIL - cut.length()) + cut;
    }

    @Override
    public String toString() {
        return entry().toString();
    }
}
