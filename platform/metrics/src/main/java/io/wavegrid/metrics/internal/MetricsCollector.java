package io.wavegrid.metrics.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.wavegrid.engine.api.Engine;
import io.wavegrid.engine.api.EngineStatus;
import io.wavegrid.infra.api.HealthCheck;
import io.wavegrid.infra.api.HealthStatus;
import io.wavegrid.infra.api.MetricReading;
import io.wavegrid.infra.api.MetricSource;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads every {@link HealthCheck}, every {@link MetricSource} and the engine's counters at each scrape. The
 * checks and sources are held for as long as they are registered, which also keeps the Redis and RabbitMQ
 * gateways behind them active. A source that throws or reports a clashing number is left out of that scrape
 * and logged once; the others are still served.
 */
@Component(service = MetricsCollector.class)
public class MetricsCollector {

    private static final Logger LOG = LoggerFactory.getLogger(MetricsCollector.class);
    private static final int MAX_REMEMBERED_PROBLEMS = 100;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<HealthCheck> healthChecks;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<MetricSource> sources;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile Engine engine;

    private final Set<String> reportedProblems = ConcurrentHashMap.newKeySet();

    public MetricsCollector() {
    }

    /** For tests: fixed checks, sources and engine (may be null). */
    MetricsCollector(List<HealthCheck> healthChecks, List<MetricSource> sources, Engine engine) {
        this.healthChecks = healthChecks;
        this.sources = sources;
        this.engine = engine;
    }

    /** The current metrics in the Prometheus text format. */
    public String scrape() {
        Families families = new Families();
        List<HealthCheck> checks = healthChecks;
        for (HealthCheck check : checks == null ? List.<HealthCheck>of() : checks) {
            addAll(families, "health check", this::health, check);
        }
        List<MetricSource> all = sources;
        for (MetricSource source : all == null ? List.<MetricSource>of() : all) {
            addAll(families, "metric source", MetricSource::readings, source);
        }
        Engine e = engine;
        if (e != null) {
            addAll(families, "engine", MetricsCollector::engineReadings, e);
        }
        return PrometheusText.write(families.build());
    }

    private <T> void addAll(Families families, String kind, ReadingsOf<T> readingsOf, T from) {
        List<MetricReading> readings;
        try {
            readings = readingsOf.readings(from);
        } catch (RuntimeException ex) {
            problem(kind + " " + from.getClass().getName() + " failed: " + ex);
            return;
        }
        for (MetricReading reading : readings) {
            try {
                families.add(reading);
            } catch (IllegalArgumentException ex) {
                problem(kind + " " + from.getClass().getName() + ": " + ex.getMessage());
            }
        }
    }

    private List<MetricReading> health(HealthCheck check) {
        HealthStatus status = check.check();
        List<MetricReading> readings = new ArrayList<>(3);
        for (HealthStatus.State state : HealthStatus.State.values()) {
            readings.add(MetricReading.gauge("wavegrid_health_status",
                    "Health of each infrastructure check: 1 on the state it is in, 0 on the others",
                    state == status.state() ? 1 : 0, "check", check.name(), "state", state.name().toLowerCase(Locale.ROOT)));
        }
        return readings;
    }

    static List<MetricReading> engineReadings(Engine engine) {
        EngineStatus s = engine.status();
        return List.of(
                MetricReading.gauge("wavegrid_engine_running", "1 while the kernel accepts candles", s.running() ? 1 : 0),
                MetricReading.counter("wavegrid_engine_candles_processed_total", "Closed candles the kernel processed since it started",
                        s.candlesProcessed()),
                MetricReading.counter("wavegrid_engine_candles_duplicate_total",
                        "Candles at or before the last one of their series, skipped since the kernel started", s.duplicatesSkipped()),
                MetricReading.gauge("wavegrid_engine_queued", "Candles and commands waiting in the shards' queues", s.queued()),
                MetricReading.counter("wavegrid_engine_plugin_errors_total", "Exceptions thrown by plugins since the kernel started",
                        s.pluginErrors()));
    }

    private void problem(String what) {
        if (reportedProblems.size() < MAX_REMEMBERED_PROBLEMS && reportedProblems.add(what)) {
            LOG.warn("left out of /metrics: {}", what);
        }
    }

    @FunctionalInterface
    private interface ReadingsOf<T> {
        List<MetricReading> readings(T from);
    }
}
