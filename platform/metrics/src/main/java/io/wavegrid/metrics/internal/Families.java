package io.wavegrid.metrics.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.wavegrid.infra.api.MetricReading;
import io.wavegrid.metrics.internal.MetricFamily.Sample;

/**
 * Groups the readings of one scrape into families by name. Prometheus rejects a scrape holding one series
 * twice or one name with two types, so such a reading is refused here (the caller logs it) and the rest of
 * the scrape stays valid.
 */
final class Families {

    private final Map<String, Builder> byName = new TreeMap<>();

    /** @throws IllegalArgumentException if the reading clashes with one added before; nothing is added then */
    void add(MetricReading reading) {
        Builder family = byName.get(reading.name());
        if (family != null && family.type != reading.type()) {
            throw new IllegalArgumentException(reading.name() + " reported as " + reading.type() + " and as " + family.type);
        }
        TreeMap<String, String> labels = new TreeMap<>(reading.labels());
        if (family != null && family.samples.containsKey(labels)) {
            throw new IllegalArgumentException(reading.name() + labels + " reported twice");
        }
        if (family == null) {
            family = new Builder(reading.help(), reading.type());
            byName.put(reading.name(), family);
        }
        family.samples.put(labels, reading.value());
    }

    /** The families sorted by name, their samples sorted by labels. */
    List<MetricFamily> build() {
        List<MetricFamily> families = new ArrayList<>();
        byName.forEach((name, b) -> {
            List<Sample> samples = new ArrayList<>();
            b.samples.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey((x, y) -> x.toString().compareTo(y.toString())))
                    .forEach(e -> samples.add(new Sample(e.getKey(), e.getValue())));
            families.add(new MetricFamily(name, b.help, b.type, samples));
        });
        return families;
    }

    private static final class Builder {
        final String help;
        final MetricReading.Type type;
        final Map<TreeMap<String, String>, Double> samples = new LinkedHashMap<>();

        Builder(String help, MetricReading.Type type) {
            this.help = help;
            this.type = type;
        }
    }
}
