package io.wavegrid.infra.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One number of a {@link MetricSource}, named the Prometheus way.
 *
 * @param name   {@code [a-zA-Z_:][a-zA-Z0-9_:]*}, e.g. {@code wavegrid_outbox_events}; a counter's ends in {@code _total}
 * @param help   one line saying what is counted
 * @param labels label names {@code [a-zA-Z_][a-zA-Z0-9_]*} (not starting with {@code __}) to values, e.g. {@code backend=redis}
 * @param value  a counter's is finite and never negative
 */
public record MetricReading(String name, String help, Type type, Map<String, String> labels, double value) {

    private static final Pattern NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Pattern LABEL = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");

    public enum Type {
        /** A value that goes up and down. */
        GAUGE,
        /** A count that only grows while the service lives. */
        COUNTER
    }

    public MetricReading {
        Objects.requireNonNull(type, "type");
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("invalid metric name '" + name + "': expected [a-zA-Z_:][a-zA-Z0-9_:]*");
        }
        if (type == Type.COUNTER && !name.endsWith("_total")) {
            throw new IllegalArgumentException("counter '" + name + "' must end in _total");
        }
        if (type == Type.COUNTER && !(value >= 0 && value < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("counter '" + name + "' must be finite and not negative, got " + value);
        }
        help = help == null ? "" : help;
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        for (String label : labels.keySet()) {
            if (!LABEL.matcher(label).matches() || label.startsWith("__")) {
                throw new IllegalArgumentException("invalid label name '" + label + "' on " + name);
            }
        }
    }

    public static MetricReading gauge(String name, String help, double value, String... labelPairs) {
        return new MetricReading(name, help, Type.GAUGE, labels(labelPairs), value);
    }

    public static MetricReading counter(String name, String help, double value, String... labelPairs) {
        return new MetricReading(name, help, Type.COUNTER, labels(labelPairs), value);
    }

    private static Map<String, String> labels(String... pairs) {
        if (pairs.length % 2 != 0) {
            throw new IllegalArgumentException("labels come in name, value pairs");
        }
        Map<String, String> labels = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            labels.put(pairs[i], Objects.requireNonNull(pairs[i + 1], "value of label " + pairs[i]));
        }
        return labels;
    }
}
