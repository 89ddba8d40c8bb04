package io.wavegrid.persistence.internal.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class JournaledIdsTest {

    @Test
    void everyAddedIdIsAMaybeAndFewNewOnesAreAtCapacity() {
        JournaledIds ids = new JournaledIds(0);
        int capacity = ids.capacity();
        assertEquals(JournaledIds.SMALLEST_CAPACITY, capacity);
        for (int i = 0; i < capacity; i++) {
            ids.add(orderId(i));
        }
        for (int i = 0; i < capacity; i++) {
            assertTrue(ids.mightContain(orderId(i)), "an added id is never ruled out: " + orderId(i));
        }
        int maybes = 0;
        int asked = 200_000;
        for (int i = capacity; i < capacity + asked; i++) {
            if (ids.mightContain(orderId(i))) {
                maybes++;
            }
        }
        // About 0.06% at 16 bits and 8 probes per id; ten times that would send one new order in 170 to the table.
        assertTrue(maybes < asked / 1_000, maybes + " of " + asked + " new ids were not ruled out");
        assertFalse(ids.full());
        ids.add("one-more");
        assertTrue(ids.full());
    }

    @Test
    void theCapacityFollowsTheExpectedCountInPowersOfTwo() {
        assertEquals(1 << 17, new JournaledIds(100_000).capacity());
        assertEquals(1 << 20, new JournaledIds(1 << 20).capacity());
        assertEquals(JournaledIds.LARGEST_CAPACITY, new JournaledIds(Long.MAX_VALUE).capacity());
    }

    /** Ids shaped like the order manager's: a minute-ordered key, then the role and attempt. */
    private static String orderId(int i) {
        return "wg" + Integer.toString(1_000_000 + i / 7, 32) + "k3v9q0m2hx8rt-" + "ESTX".charAt(i % 4) + "." + (i % 7);
    }
}
