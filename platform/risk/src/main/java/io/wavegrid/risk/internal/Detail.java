package io.wavegrid.risk.internal;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * The compact JSON object an audit entry carries as its detail: the inputs of a decision and its verdict.
 * Hand-written so the hot path needs no JSON library and no reflection. The pairs are kept as given and written out
 * only by {@link #toString}, which the audit log calls on its own thread: every value put here is immutable
 * (numbers, instants, enums, records, text), so the text is the one the decision saw.
 */
final class Detail {

    private Object[] pairs = new Object[32];
    private int size;

    Detail put(String key, Object value) {
        if (size == pairs.length) {
            pairs = Arrays.copyOf(pairs, size * 2);
        }
        pairs[size++] = key;
        pairs[size++] = value;
        return this;
    }

    @Override
    public String toString() {
        StringBuilder json = new StringBuilder(256).append('{');
        for (int i = 0; i < size; i += 2) {
            if (i > 0) {
                json.append(',');
            }
            json.append('"').append((String) pairs[i]).append("\":");
            Object value = pairs[i + 1];
            if (value == null) {
                json.append("null");
            } else if (value instanceof BigDecimal number) {
                json.append(number.toPlainString());
            } else if (value instanceof Number || value instanceof Boolean) {
                json.append(value);
            } else {
                quote(json, value.toString());
            }
        }
        return json.append('}').toString();
    }

    private static void quote(StringBuilder json, String text) {
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
}
