package io.wavegrid.infra.api.contract;

import static io.wavegrid.infra.api.contract.Fixtures.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;

import io.wavegrid.infra.api.Lease;
import io.wavegrid.infra.api.LeaseManager;
import io.wavegrid.infra.api.RateLimitCounter;

import org.junit.jupiter.api.Test;

/** What every {@link LeaseManager} and {@link RateLimitCounter} must do; each test starts empty. */
public abstract class LeaseContract {

    protected abstract LeaseManager leases();

    protected abstract RateLimitCounter counter();

    @Test
    void onlyOneOwnerHoldsALeaseUntilItIsReleased() {
        Lease lease = leases().tryAcquire("order-manager:paper", "node-a", Duration.ofSeconds(30)).orElseThrow();
        assertTrue(lease.isValid());
        assertEquals("node-a", lease.owner());

        assertTrue(leases().tryAcquire("order-manager:paper", "node-b", Duration.ofSeconds(30)).isEmpty());
        assertTrue(leases().tryAcquire("order-manager:other", "node-b", Duration.ofSeconds(30)).isPresent());

        lease.close();
        assertFalse(lease.isValid());
        assertTrue(leases().tryAcquire("order-manager:paper", "node-b", Duration.ofSeconds(30)).isPresent());
        assertFalse(lease.renew(), "a released lease cannot be renewed");
    }

    @Test
    void anExpiredLeaseGoesToTheNextOwnerAndTheOldOwnerCannotRenewIt() {
        Lease first = leases().tryAcquire("order-manager:paper", "node-a", Duration.ofMillis(200)).orElseThrow();

        Optional<Lease>[] second = new Optional[] {Optional.empty()};
        eventually(() -> (second[0] = leases().tryAcquire("order-manager:paper", "node-b", Duration.ofSeconds(30))).isPresent(),
                3_000, "the lease to expire");
        assertFalse(first.isValid());
        assertFalse(first.renew());
        first.close();
        assertTrue(second[0].orElseThrow().isValid(), "closing a lost lease must not release the new owner's");
        assertTrue(leases().tryAcquire("order-manager:paper", "node-a", Duration.ofSeconds(30)).isEmpty());
    }

    @Test
    void renewingExtendsTheLease() {
        Lease lease = leases().tryAcquire("grid:1", "node-a", Duration.ofMillis(400)).orElseThrow();
        for (int i = 0; i < 5; i++) {
            sleep(150);
            assertTrue(lease.renew(), "renewal " + i);
        }
        assertTrue(leases().tryAcquire("grid:1", "node-b", Duration.ofSeconds(1)).isEmpty());
    }

    @Test
    void hitsAreCountedPerKeyAndWindow() {
        for (int i = 1; i <= 5; i++) {
            assertEquals(i, counter().hit("user:alice:/api/orders", Duration.ofMinutes(1)));
        }
        assertEquals(1, counter().hit("user:bob:/api/orders", Duration.ofMinutes(1)));

        counter().hit("burst", Duration.ofMillis(200));
        eventually(() -> counter().hit("burst", Duration.ofMillis(200)) == 1, 3_000, "a new window");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
