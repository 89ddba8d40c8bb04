package io.wavegrid.persistence.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.wavegrid.infra.api.HealthCheck;
import io.wavegrid.infra.api.HealthStatus;
import io.wavegrid.infra.api.HealthStatus.State;
import io.wavegrid.infra.api.MetricReading;
import io.wavegrid.infra.api.MetricSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Probes a pooled connection every 15 seconds and reports the database UP or DOWN; logs each change. */
@Component(service = {HealthCheck.class, MetricSource.class})
public class DatabaseHealthCheck implements HealthCheck, MetricSource {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseHealthCheck.class);

    private final Database database;
    private final ScheduledExecutorService probe;
    private volatile HealthStatus status;
    private final AtomicLong outages = new AtomicLong();

    @Activate
    public DatabaseHealthCheck(@Reference Database database) {
        this.database = database;
        this.status = new HealthStatus(State.UP, database.dialect() + " reachable", Instant.now());
        this.probe = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "wavegrid-database-health");
            t.setDaemon(true);
            return t;
        });
        probe.scheduleWithFixedDelay(this::probe, 15, 15, TimeUnit.SECONDS);
    }

    @Deactivate
    void deactivate() {
        probe.shutdownNow();
    }

    void probe() {
        String problem;
        try (Connection c = database.dataSource().getConnection()) {
            problem = c.isValid(5) ? null : "connection not valid";
        } catch (SQLException e) {
            problem = e.getMessage();
        }
        State state = problem == null ? State.UP : State.DOWN;
        if (state != status.state()) {
            if (state == State.DOWN) {
                outages.incrementAndGet();
                LOG.error("database {} unreachable: {}; writes fail until the pool reconnects", database.dialect(), problem);
            } else {
                LOG.info("database {} reachable again", database.dialect());
            }
            status = new HealthStatus(state, problem == null ? database.dialect() + " reachable" : problem, Instant.now());
        }
    }

    @Override
    public String name() {
        return "database";
    }

    @Override
    public HealthStatus check() {
        return status;
    }

    @Override
    public List<MetricReading> readings() {
        return List.of(MetricReading.counter("wavegrid_health_degradations_total", "Times the check left UP since the service started",
                outages.get(), "check", name()));
    }
}
