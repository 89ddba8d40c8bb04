package io.wavegrid.infra.memory.internal;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;

import io.wavegrid.infra.api.AuditEntry;
import io.wavegrid.infra.api.AuditLog;
import io.wavegrid.infra.api.PendingAuditEntry;

import org.osgi.service.component.annotations.Component;

/**
 * The newest audit entries of this process (bounded); the database audit log is the default. A detail handed in as
 * a supplier is written out when the entry is first read, so entries that drop out unread never cost the text.
 */
@Component(service = AuditLog.class, property = {"service.ranking:Integer=-100", "infra.backend=memory"})
public class MemoryAuditLog implements AuditLog {

    private static final int KEPT = 100_000;

    private final Deque<PendingAuditEntry> entries = new ArrayDeque<>();

    @Override
    public void record(AuditEntry entry) {
        keep(new PendingAuditEntry(entry));
    }

    @Override
    public void record(Instant time, String actor, String action, String target, Supplier<String> detail) {
        keep(new PendingAuditEntry(time, actor, action, target, detail));
    }

    private synchronized void keep(PendingAuditEntry entry) {
        if (entries.size() == KEPT) {
            entries.removeFirst();
        }
        entries.addLast(entry);
    }

    @Override
    public synchronized List<AuditEntry> recent(int limit) {
        List<AuditEntry> newest = new ArrayList<>(Math.min(Math.max(0, limit), entries.size()));
        for (Iterator<PendingAuditEntry> it = entries.descendingIterator(); it.hasNext() && newest.size() < limit; ) {
            newest.add(it.next().entry());
        }
        return newest;
    }
}
