package io.wavegrid.infra.api;

import java.time.Duration;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Grants named leases to one owner at a time, e.g. {@code order-manager:<account>} so that exactly one node
 * sends an account's orders. A lease lapses unless renewed before {@link Lease#validUntil()}; an owner that
 * cannot renew (crash, partition, store down) loses it at that instant and must stop acting.
 */
@ProviderType
public interface LeaseManager {

    /**
     * @param owner unique per process, e.g. node name plus a random suffix
     * @return the lease, or empty when another owner holds it (or the lease store cannot be reached)
     */
    Optional<Lease> tryAcquire(String name, String owner, Duration ttl);
}
