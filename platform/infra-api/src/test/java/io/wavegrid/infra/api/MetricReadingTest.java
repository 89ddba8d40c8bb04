package io.wavegrid.infra.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.junit.jupiter.api.Test;

class MetricReadingTest {

    @Test
    void keepsNameLabelsAndValue() {
        MetricReading r = MetricReading.counter("wavegrid_health_degradations_total", "times", 3, "check", "redis");
        assertEquals(MetricReading.Type.COUNTER, r.type());
        assertEquals(Map.of("check", "redis"), r.labels());
        assertEquals(3.0, r.value());
    }

    @Test
    void refusesWhatPrometheusCannotRead() {
        assertThrows(IllegalArgumentException.class, () -> MetricReading.gauge("wavegrid-outbox", "", 1));
        assertThrows(IllegalArgumentException.class, () -> MetricReading.gauge("1st", "", 1));
        assertThrows(IllegalArgumentException.class, () -> MetricReading.gauge("wavegrid_outbox", "", 1, "back-end", "x"));
        assertThrows(IllegalArgumentException.class, () -> MetricReading.gauge("wavegrid_outbox", "", 1, "__name", "x"));
        assertThrows(IllegalArgumentException.class, () -> MetricReading.gauge("wavegrid_outbox", "", 1, "backend"));
    }

    @Test
    void aCounterEndsInTotalAndNeverGoesNegative() {
        assertThrows(IllegalArgumentException.class, () -> MetricReading.counter("wavegrid_degradations", "", 1));
        assertThrows(IllegalArgumentException.class, () -> MetricReading.counter("wavegrid_degradations_total", "", -1));
        assertThrows(IllegalArgumentException.class, () -> MetricReading.counter("wavegrid_degradations_total", "", Double.NaN));
        assertEquals(Double.NaN, MetricReading.gauge("wavegrid_ratio", "", Double.NaN).value(), "a gauge may be unknown");
    }
}
