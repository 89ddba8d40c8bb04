package io.wavegrid.risk.internal;

import java.math.BigDecimal;

/**
 * The compact JSON object an audit entry carries as its detail: the inputs of a decision and its verdict.
 * Hand-written so the hot path needs no JSON library and no reflection.
 */
final class Detail {

    private final StringBuilder json = new StringBuilder(256).append('{');

    Detail put(String key, Object value) {
        if (json.length() > 1) {
            json.append(',');
        }
        json.append('"').append(key).append("\":");
        if (value == null) {
            json.append("null");
        } else if (value instanceof BigDecimal number) {
            json.append(number.toPlainString());
        } else if (value instanceof Number || value instanceof Boolean) {
            json.append(value);
        } else {
            quote(value.toString());
        }
        return this;
    }

    private void quote(String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }

    @Override
    public String toString() {
        return json + "}";
    }
}
