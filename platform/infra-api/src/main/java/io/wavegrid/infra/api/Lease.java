package io.wavegrid.infra.api;

import java.time.Instant;

import org.osgi.annotation.versioning.ProviderType;

/** A granted lease. Closing it releases it at once so that another owner can take over. */
@ProviderType
public interface Lease extends AutoCloseable {

    String name();

    String owner();

    /** The owner may act until this instant; after it, the lease may belong to someone else. */
    Instant validUntil();

    /** Whether the lease is still held now by this owner, judged by {@link #validUntil()}. */
    boolean isValid();

    /**
     * Extends the lease by its time-to-live from now.
     *
     * @return false when the lease was lost (expired and taken, or the store is unreachable); the owner must stop
     */
    boolean renew();

    /** Releases the lease if this owner still holds it; never throws. */
    @Override
    void close();
}
