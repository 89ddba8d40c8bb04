package io.wavegrid.persistence.internal.repository;

import java.util.List;

import javax.persistence.EntityManagerFactory;

import io.wavegrid.infra.api.AuditEntry;
import io.wavegrid.infra.api.AuditLog;
import io.wavegrid.persistence.internal.Database;
import io.wavegrid.persistence.internal.entity.AuditEntity;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * The append-only {@code audit_log}, written behind its callers by an {@link AuditWriter}; reading flushes
 * first, so a reader sees every entry recorded before it asked.
 */
@Component(service = AuditLog.class, property = "infra.backend=database")
public class JpaAuditLog implements AuditLog {

    static final int BACKLOG = 100_000;
    private static final long READ_FLUSH_MS = 10_000;

    private final Transactions tx;
    private final AuditWriter writer;

    @Activate
    public JpaAuditLog(@Reference(target = "(osgi.unit.name=wavegrid)") EntityManagerFactory factory, @Reference Database migrated) {
        this.tx = new Transactions(factory, "audit log");
        this.writer = new AuditWriter(BACKLOG, this::write);
    }

    @Override
    public void record(AuditEntry entry) {
        writer.submit(entry);
    }

    private void write(List<AuditEntry> entries) {
        tx.run("recording " + entries.size() + " audit entries", em -> {
            for (AuditEntry entry : entries) {
                em.persist(new AuditEntity(entry));
            }
            return null;
        });
    }

    @Deactivate
    void deactivate() {
        writer.close();
    }

    @Override
    public List<AuditEntry> recent(int limit) {
        writer.flush(READ_FLUSH_MS);
        return tx.run("reading the audit log", em -> em.createQuery(
                        "select a from AuditEntity a order by a.occurred desc, a.id desc", AuditEntity.class)
                .setMaxResults(Math.max(0, limit)).getResultList().stream().map(AuditEntity::toEntry).toList());
    }
}
