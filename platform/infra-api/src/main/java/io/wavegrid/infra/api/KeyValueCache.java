package io.wavegrid.infra.api;

import java.time.Duration;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Short-lived shared values for the API: latest analysis results, session data. Values are strings
 * (usually JSON); a value disappears when its time-to-live is over. A cache is allowed to forget: never keep
 * the only copy of anything here.
 */
@ProviderType
public interface KeyValueCache {

    /** @param ttl positive time-to-live */
    void put(String key, String value, Duration ttl);

    Optional<String> get(String key);

    void remove(String key);
}
