package io.wavegrid.infra.api;

import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * An audit entry as an {@link AuditLog} holds it until it is read or written: complete, or with its detail still to be
 * written out (see {@link AuditLog#record(Instant, String, String, String, Supplier)}). The detail is written out at
 * the first {@link #entry()}, once; one that fails is recorded as that failure, so it cannot hold up the entries behind
 * it. Safe to hand from the recording thread to a writer thread.
 *
 * @since 1.2
 */
public final class PendingAuditEntry {

    private final AuditEntry header;
    private Supplier<String> detail;
    private AuditEntry entry;

    /** An entry whose detail is written already. */
    public PendingAuditEntry(AuditEntry entry) {
        this.header = Objects.requireNonNull(entry, "entry");
        this.entry = entry;
    }

    /** Checks time, actor, action and target now, as {@link AuditEntry} does; the detail is asked for later. */
    public PendingAuditEntry(Instant time, String actor, String action, String target, Supplier<String> detail) {
        this.header = new AuditEntry(time, actor, action, target, "");
        this.detail = Objects.requireNonNull(detail, "detail");
    }

    public String action() {
        return header.action();
    }

    public String target() {
        return header.target();
    }

    /** The complete entry, its detail written out on the first call. */
    public synchronized AuditEntry entry() {
        if (entry == null) {
            String text;
            try {
                text = detail.get();
            } catch (RuntimeException e) {
                text = "detail could not be written out: " + e;
            }
            entry = new AuditEntry(header.time(), header.actor(), header.action(), header.target(), text);
            detail = null;
        }
        return entry;
    }

    @Override
    public String toString() {
        return entry().toString();
    }
}
