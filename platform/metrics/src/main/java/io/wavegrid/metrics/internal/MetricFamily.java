package io.wavegrid.metrics.internal;

import java.util.List;
import java.util.SortedMap;

import io.wavegrid.infra.api.MetricReading.Type;

/** All samples of one metric name, as the exposition format wants them: together, under one HELP and TYPE. */
record MetricFamily(String name, String help, Type type, List<Sample> samples) {

    MetricFamily {
        samples = List.copyOf(samples);
    }

    /** One value of the family; labels sorted by name so the output is stable. */
    record Sample(SortedMap<String, String> labels, double value) {
    }
}
