package io.wavegrid.infra.api;

import java.time.Duration;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Fixed-window hit counters for rate limits per user and endpoint, shared between nodes when Redis is
 * configured. The caller compares the count with its limit.
 */
@ProviderType
public interface RateLimitCounter {

    /**
     * Counts one hit for {@code key} in the current window of length {@code window}.
     *
     * @return the number of hits in the current window, this one included
     */
    long hit(String key, Duration window);
}
