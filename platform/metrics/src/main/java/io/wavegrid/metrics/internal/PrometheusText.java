package io.wavegrid.metrics.internal;

import java.util.List;
import java.util.Map;

import io.wavegrid.metrics.internal.MetricFamily.Sample;

/**
 * The Prometheus text exposition format 0.0.4: per family one HELP and one TYPE line, then its samples as
 * {@code name{label="value",...} value}. Written by hand: it is a page of rules, and the simpleclient jars
 * would bring a second copy of what the HTTP whiteboard already serves.
 */
final class PrometheusText {

    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private PrometheusText() {
    }

    static String write(List<MetricFamily> families) {
        StringBuilder out = new StringBuilder(families.size() * 128);
        for (MetricFamily family : families) {
            out.append("# HELP ").append(family.name()).append(' ').append(escapeHelp(family.help())).append('\n');
            out.append("# TYPE ").append(family.name()).append(' ').append(family.type().name().toLowerCase(java.util.Locale.ROOT)).append('\n');
            for (Sample sample : family.samples()) {
                out.append(family.name());
                if (!sample.labels().isEmpty()) {
                    out.append('{');
                    boolean first = true;
                    for (Map.Entry<String, String> label : sample.labels().entrySet()) {
                        if (!first) {
                            out.append(',');
                        }
                        first = false;
                        out.append(label.getKey()).append("=\"").append(escapeLabelValue(label.getValue())).append('"');
                    }
                    out.append('}');
                }
                out.append(' ').append(number(sample.value())).append('\n');
            }
        }
        return out.toString();
    }

    /** Integral values without a fraction, so counters read as counts; the special values as Prometheus spells them. */
    static String number(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "+Inf" : "-Inf";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }

    static String escapeHelp(String help) {
        return help.replace("\\", "\\\\").replace("\n", "\\n");
    }

    static String escapeLabelValue(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
