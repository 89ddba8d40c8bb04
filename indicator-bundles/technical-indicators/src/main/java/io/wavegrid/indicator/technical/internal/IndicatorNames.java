package io.wavegrid.indicator.technical.internal;

/** Default result names, e.g. "rsi-14", so two instances with different parameters never collide. */
final class IndicatorNames {

    private IndicatorNames() {
    }

    static String orDefault(String configured, String prefix, Object... parameters) {
        if (configured != null && !configured.isBlank()) {
            return configured.trim();
        }
        StringBuilder name = new StringBuilder(prefix);
        for (Object parameter : parameters) {
            name.append('-').append(parameter);
        }
        return name.toString();
    }
}
