package io.wavegrid.metrics.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.wavegrid.engine.api.Engine;
import io.wavegrid.engine.api.EngineStatus;
import io.wavegrid.engine.api.PluginInfo;
import io.wavegrid.engine.api.ProfileStatus;
import io.wavegrid.infra.api.HealthCheck;
import io.wavegrid.infra.api.HealthStatus;
import io.wavegrid.infra.api.HealthStatus.State;
import io.wavegrid.infra.api.MetricReading;
import io.wavegrid.infra.api.MetricSource;
import io.wavegrid.market.api.Candle;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Timeframe;
import io.wavegrid.signal.api.AggregatedSignal;

import org.junit.jupiter.api.Test;

class MetricsCollectorTest {

    @Test
    void everyHealthCheckIsAStateSetGauge() {
        String text = new MetricsCollector(List.of(check("redis", State.DEGRADED), check("database", State.UP)), List.of(), null).scrape();
        assertEquals("""
                # HELP wavegrid_health_status Health of each infrastructure check: 1 on the state it is in, 0 on the others
                # TYPE wavegrid_health_status gauge
                wavegrid_health_status{check="database",state="degraded"} 0
                wavegrid_health_status{check="database",state="down"} 0
                wavegrid_health_status{check="database",state="up"} 1
                wavegrid_health_status{check="redis",state="degraded"} 1
                wavegrid_health_status{check="redis",state="down"} 0
                wavegrid_health_status{check="redis",state="up"} 0
                """, text);
    }

    @Test
    void readingsOfOneNameFromSeveralSourcesShareOneFamily() {
        MetricSource redis = () -> List.of(MetricReading.counter("wavegrid_health_degradations_total", "Times", 2, "check", "redis"),
                MetricReading.gauge("wavegrid_fallback_active", "Fallback", 1, "backend", "redis"));
        MetricSource rabbit = () -> List.of(MetricReading.counter("wavegrid_health_degradations_total", "Times", 0, "check", "rabbitmq"),
                MetricReading.gauge("wavegrid_outbox_events", "Outbox", 17, "backend", "rabbitmq"));
        String text = new MetricsCollector(List.of(), List.of(redis, rabbit), null).scrape();
        assertEquals("""
                # HELP wavegrid_fallback_active Fallback
                # TYPE wavegrid_fallback_active gauge
                wavegrid_fallback_active{backend="redis"} 1
                # HELP wavegrid_health_degradations_total Times
                # TYPE wavegrid_health_degradations_total counter
                wavegrid_health_degradations_total{check="rabbitmq"} 0
                wavegrid_health_degradations_total{check="redis"} 2
                # HELP wavegrid_outbox_events Outbox
                # TYPE wavegrid_outbox_events gauge
                wavegrid_outbox_events{backend="rabbitmq"} 17
                """, text);
    }

    @Test
    void aFailingOrClashingSourceIsLeftOutAndTheRestServed() {
        MetricSource broken = () -> {
            throw new IllegalStateException("boom");
        };
        MetricSource first = () -> List.of(MetricReading.gauge("wavegrid_x", "X", 1, "backend", "a"));
        MetricSource sameSeries = () -> List.of(MetricReading.gauge("wavegrid_x", "X", 2, "backend", "a"),
                MetricReading.gauge("wavegrid_y", "Y", 3));
        MetricSource otherType = () -> List.of(MetricReading.counter("wavegrid_x_total", "X", 4),
                MetricReading.gauge("wavegrid_x", "X", 5, "backend", "b"));
        HealthCheck throwing = new HealthCheck() {
            @Override
            public String name() {
                return "flaky";
            }

            @Override
            public HealthStatus check() {
                throw new IllegalStateException("no status");
            }
        };
        String text = new MetricsCollector(List.of(throwing), List.of(broken, first, sameSeries, otherType), null).scrape();
        assertTrue(text.contains("wavegrid_x{backend=\"a\"} 1\n"), text);
        assertFalse(text.contains("wavegrid_x{backend=\"a\"} 2"), "a series reported twice keeps its first value");
        assertTrue(text.contains("wavegrid_y 3\n"), text);
        assertTrue(text.contains("wavegrid_x_total 4\n"), text);
        assertTrue(text.contains("wavegrid_x{backend=\"b\"} 5\n"), text);
        assertFalse(text.contains("flaky"), text);
    }

    @Test
    void aReadingWithTheSameNameButAnotherTypeIsRefused() {
        MetricSource gauge = () -> List.of(MetricReading.gauge("wavegrid_z_total", "Z", 1));
        MetricSource counter = () -> List.of(MetricReading.counter("wavegrid_z_total", "Z", 2, "k", "v"));
        String text = new MetricsCollector(List.of(), List.of(gauge, counter), null).scrape();
        assertEquals("""
                # HELP wavegrid_z_total Z
                # TYPE wavegrid_z_total gauge
                wavegrid_z_total 1
                """, text);
    }

    @Test
    void theEngineCountsProcessedAndDuplicateCandles() {
        String text = new MetricsCollector(List.of(), List.of(), new FixedEngine(new EngineStatus(true, 2, 1_234, 5, 7, 1))).scrape();
        assertTrue(text.contains("# TYPE wavegrid_engine_candles_processed_total counter\nwavegrid_engine_candles_processed_total 1234\n"), text);
        assertTrue(text.contains("# TYPE wavegrid_engine_candles_duplicate_total counter\nwavegrid_engine_candles_duplicate_total 5\n"), text);
        assertTrue(text.contains("wavegrid_engine_running 1\n"), text);
        assertTrue(text.contains("wavegrid_engine_queued 7\n"), text);
        assertTrue(text.contains("wavegrid_engine_plugin_errors_total 1\n"), text);
    }

    private static HealthCheck check(String name, State state) {
        return new HealthCheck() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public HealthStatus check() {
                return new HealthStatus(state, "", Instant.EPOCH);
            }
        };
    }

    private record FixedEngine(EngineStatus status) implements Engine {
        @Override
        public void submit(Candle candle) {
            throw new UnsupportedOperationException("not needed by the metrics");
        }

        @Override
        public List<PluginInfo> plugins() {
            return List.of();
        }

        @Override
        public Optional<AggregatedSignal> lastSignal(String profile, Symbol symbol, Timeframe timeframe) {
            return Optional.empty();
        }

        @Override
        public List<ProfileStatus> profiles() {
            return List.of();
        }
    }
}
