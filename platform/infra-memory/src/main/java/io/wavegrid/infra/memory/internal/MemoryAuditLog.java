package io.wavegrid.infra.memory.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

import io.wavegrid.infra.api.AuditEntry;
import io.wavegrid.infra.api.AuditLog;

import org.osgi.service.component.annotations.Component;

/** The newest audit entries of this process (bounded); the database audit log is the default. */
@Component(service = AuditLog.class, property = {"service.ranking:Integer=-100", "infra.backend=memory"})
public class MemoryAuditLog implements AuditLog {

    private static final int KEPT = 100_000;

    private final Deque<AuditEntry> entries = new ArrayDeque<>();

    @Override
    public synchronized void record(AuditEntry entry) {
        if (entries.size() == KEPT) {
            entries.removeFirst();
        }
        entries.addLast(entry);
    }

    @Override
    public synchronized List<AuditEntry> recent(int limit) {
        List<AuditEntry> newest = new ArrayList<>(Math.min(Math.max(0, limit), entries.size()));
        for (Iterator<AuditEntry> it = entries.descendingIterator(); it.hasNext() && newest.size() < limit; ) {
            newest.add(it.next());
        }
        return newest;
    }
}
