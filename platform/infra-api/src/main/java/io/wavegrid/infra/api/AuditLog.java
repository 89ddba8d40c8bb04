package io.wavegrid.infra.api;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import org.osgi.annotation.versioning.ProviderType;

/** The append-only record of every state-changing action. */
@ProviderType
public interface AuditLog {

    void record(AuditEntry entry);

    /**
     * Records an entry whose detail is written out later, by the log rather than by the caller: a log that writes
     * behind its caller renders it on its own thread, so the trading thread does not format the inputs of every
     * decision as text. Time, actor, action and target are checked at once, as {@link AuditEntry} checks them.
     *
     * @param detail called once, on any thread, after this method returned: it must read only values that no
     *               longer change
     * @since 1.2
     */
    default void record(Instant time, String actor, String action, String target, Supplier<String> detail) {
        record(new PendingAuditEntry(time, actor, action, target, detail).entry());
    }

    /** The newest entries, newest first. */
    List<AuditEntry> recent(int limit);
}
