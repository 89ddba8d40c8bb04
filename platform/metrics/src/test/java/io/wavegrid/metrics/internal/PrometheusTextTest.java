package io.wavegrid.metrics.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.TreeMap;

import io.wavegrid.infra.api.MetricReading.Type;
import io.wavegrid.metrics.internal.MetricFamily.Sample;

import org.junit.jupiter.api.Test;

class PrometheusTextTest {

    @Test
    void writesHelpTypeAndSamplesPerFamily() {
        TreeMap<String, String> redis = new TreeMap<>();
        redis.put("check", "redis");
        redis.put("state", "up");
        String text = PrometheusText.write(List.of(
                new MetricFamily("wavegrid_health_status", "Health", Type.GAUGE, List.of(new Sample(redis, 1))),
                new MetricFamily("wavegrid_engine_candles_processed_total", "Candles", Type.COUNTER, List.of(new Sample(new TreeMap<>(), 42)))));
        assertEquals("""
                # HELP wavegrid_health_status Health
                # TYPE wavegrid_health_status gauge
                wavegrid_health_status{check="redis",state="up"} 1
                # HELP wavegrid_engine_candles_processed_total Candles
                # TYPE wavegrid_engine_candles_processed_total counter
                wavegrid_engine_candles_processed_total 42
                """, text);
    }

    @Test
    void escapesLabelValuesAndHelp() {
        TreeMap<String, String> labels = new TreeMap<>();
        labels.put("detail", "a \"quoted\" back\\slash\nnew line");
        String text = PrometheusText.write(List.of(
                new MetricFamily("m", "line one\nback\\slash \"quotes stay\"", Type.GAUGE, List.of(new Sample(labels, 0.5)))));
        assertEquals("""
                # HELP m line one\\nback\\\\slash "quotes stay"
                # TYPE m gauge
                m{detail="a \\"quoted\\" back\\\\slash\\nnew line"} 0.5
                """, text);
    }

    @Test
    void writesNumbersAsPrometheusReadsThem() {
        assertEquals("0", PrometheusText.number(0));
        assertEquals("-3", PrometheusText.number(-3));
        assertEquals("123456789012", PrometheusText.number(123_456_789_012d));
        assertEquals("0.25", PrometheusText.number(0.25));
        assertEquals("1.0E15", PrometheusText.number(1e15));
        assertEquals("NaN", PrometheusText.number(Double.NaN));
        assertEquals("+Inf", PrometheusText.number(Double.POSITIVE_INFINITY));
        assertEquals("-Inf", PrometheusText.number(Double.NEGATIVE_INFINITY));
    }

    @Test
    void anEmptyScrapeIsEmpty() {
        assertEquals("", PrometheusText.write(List.of()));
    }
}
