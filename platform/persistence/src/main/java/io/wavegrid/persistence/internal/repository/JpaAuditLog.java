package io.wavegrid.persistence.internal.repository;

import java.util.List;

import javax.persistence.EntityManagerFactory;

import io.wavegrid.infra.api.AuditEntry;
import io.wavegrid.infra.api.AuditLog;
import io.wavegrid.persistence.internal.Database;
import io.wavegrid.persistence.internal.entity.AuditEntity;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The append-only {@code audit_log}. */
@Component(service = AuditLog.class, property = "infra.backend=database")
public class JpaAuditLog implements AuditLog {

    private final Transactions tx;

    @Activate
    public JpaAuditLog(@Reference(target = "(osgi.unit.name=wavegrid)") EntityManagerFactory factory, @Reference Database migrated) {
        this.tx = new Transactions(factory, "audit log");
    }

    @Override
    public void record(AuditEntry entry) {
        AuditEntity row = new AuditEntity(entry);
        tx.run("recording " + entry.action(), em -> {
            em.persist(row);
            return null;
        });
    }

    @Override
    public List<AuditEntry> recent(int limit) {
        return tx.run("reading the audit log", em -> em.createQuery(
                        "select a from AuditEntity a order by a.occurred desc, a.id desc", AuditEntity.class)
                .setMaxResults(Math.max(0, limit)).getResultList().stream().map(AuditEntity::toEntry).toList());
    }
}
