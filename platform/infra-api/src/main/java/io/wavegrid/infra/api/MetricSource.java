package io.wavegrid.infra.api;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Whiteboard service offering a component's own numbers (outbox depth, fallback active, how often it
 * degraded) to the metrics endpoint, which collects every registered source at each scrape.
 * {@link #readings()} must be cheap and must not block: report counters the component keeps anyway.
 */
@ConsumerType
public interface MetricSource {

    List<MetricReading> readings();
}
