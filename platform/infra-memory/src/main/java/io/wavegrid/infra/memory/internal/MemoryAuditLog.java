package io.wavegrid.infra.memory.internal;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import io.wavegrid.infra.api.AuditEntry;
import io.wavegrid.infra.api.AuditLog;

import org.osgi.service.component.annotations.Component;

/**
 * The newest audit entries of this process (bounded); the database audit log is the default. A detail handed in as
 * a supplier is written out when the entry is first read, so entries that drop out unread never cost the text.
 */
@Component(service = AuditLog.class, property = {"service.ranking:Integer=-100", "infra.backend=memory"})
public class MemoryAuditLog implements AuditLog {

    private static final int KEPT = 100_000;

    /** Holds {@link AuditEntry} and {@link Later} objects. */
    private final Deque<Object> entries = new ArrayDeque<>();

    @Override
    public void record(AuditEntry entry) {
        keep(Objects.requireNonNull(entry, "entry"));
    }

    @Override
    public void record(Instant time, String actor, String action, String target, Supplier<String> detail) {
        keep(new Later(new AuditEntry(time, actor, action, target, ""), Objects.requireNonNull(detail, "detail")));
    }

    private synchronized void keep(Object entry) {
        if (entries.size() == KEPT) {
            entries.removeFirst();
        }
        entries.addLast(entry);
    }

    @Override
    public synchronized List<AuditEntry> recent(int limit) {
        List<AuditEntry> newest = new ArrayList<>(Math.min(Math.max(0, limit), entries.size()));
        for (Iterator<Object> it = entries.descendingIterator(); it.hasNext() && newest.size() < limit; ) {
            Object entry = it.next();
            newest.add(entry instanceof Later later ? later.entry() : (AuditEntry) entry);
        }
        return newest;
    }

    /** An entry whose detail is written out on first read (under the log's lock), once. */
    private static final class Later {
        private final AuditEntry header;
        private Supplier<String> detail;
        private AuditEntry entry;

        Later(AuditEntry header, Supplier<String> detail) {
            this.header = header;
            this.detail = detail;
        }

        AuditEntry entry() {
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
    }
}
