package io.wavegrid.execution.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * Whether the stores an order manager was given share one backend ({@code infra.backend}: {@code memory} or
 * {@code database}). At start-up the database's stores replace the in-memory defaults one by one, and each
 * replacement restarts the component: until they agree, the journal may already be the database's while the signals
 * are still the (empty) in-memory ones, and a trade rebuilt then would be reported as unrebuildable for nothing.
 */
final class StoreBackends {

    static final String PROPERTY = "infra.backend";

    private final Map<String, Object> backends = new LinkedHashMap<>();

    /** Notes one store's backend; a store that does not say (or is absent) is left out. */
    StoreBackends with(String store, Map<String, Object> properties) {
        Object backend = properties == null ? null : properties.get(PROPERTY);
        if (backend != null) {
            backends.put(store, backend);
        }
        return this;
    }

    /** Null when the stores agree, else which store has which backend. */
    String mismatch() {
        TreeSet<String> distinct = new TreeSet<>();
        backends.values().forEach(b -> distinct.add(b.toString()));
        return distinct.size() <= 1 ? null : "the stores are still switching backends " + backends;
    }
}
