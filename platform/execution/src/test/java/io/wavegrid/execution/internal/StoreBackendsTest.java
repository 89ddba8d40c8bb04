package io.wavegrid.execution.internal;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

class StoreBackendsTest {

    private static Map<String, Object> backend(String name) {
        return Map.of(StoreBackends.PROPERTY, name, "service.ranking", 0);
    }

    @Test
    void storesOfOneBackendAgree() {
        assertNull(new StoreBackends().with("journal", backend("database")).with("signals", backend("database")).mismatch());
    }

    @Test
    void aStoreThatDoesNotSayOrIsAbsentIsLeftOut() {
        assertNull(new StoreBackends().with("journal", backend("memory")).with("custom", Map.of()).with("signals", null).mismatch());
    }

    @Test
    void mixedBackendsAreNamedStoreByStore() {
        String mismatch = new StoreBackends().with("journal", backend("database")).with("signals", backend("memory")).mismatch();

        assertTrue(mismatch.contains("journal=database") && mismatch.contains("signals=memory"), mismatch);
    }
}
