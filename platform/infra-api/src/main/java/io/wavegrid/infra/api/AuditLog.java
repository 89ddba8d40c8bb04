package io.wavegrid.infra.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** The append-only record of every state-changing action. */
@ProviderType
public interface AuditLog {

    void record(AuditEntry entry);

    /** The newest entries, newest first. */
    List<AuditEntry> recent(int limit);
}
