package io.wavegrid.persistence.internal.entity;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import io.wavegrid.infra.api.AuditEntry;

/** A row of the append-only {@code audit_log}. */
@Entity
@Table(name = "audit_log")
public class AuditEntity {

    /** Longest detail the column holds. */
    public static final int MAX_DETAIL = 100_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "occurred_at")
    private Instant occurred;
    private String actor;
    private String action;
    private String target;
    private String detail;

    protected AuditEntity() {
    }

    public AuditEntity(AuditEntry entry) {
        if (entry.detail().length() > MAX_DETAIL) {
            throw new IllegalArgumentException("audit detail of " + entry.action() + " is " + entry.detail().length()
                    + " characters, more than the " + MAX_DETAIL + " the audit log keeps");
        }
        this.occurred = entry.time();
        this.actor = entry.actor();
        this.action = entry.action();
        this.target = entry.target();
        this.detail = entry.detail();
    }

    public AuditEntry toEntry() {
        return new AuditEntry(occurred, actor, action, target, detail);
    }
}
