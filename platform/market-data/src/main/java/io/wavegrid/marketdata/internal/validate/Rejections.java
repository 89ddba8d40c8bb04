package io.wavegrid.marketdata.internal.validate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Counts rejected candles by kind and keeps the first few reasons verbatim for the operator. */
public final class Rejections {

    /** Why a candle was refused. */
    public enum Kind {
        INVALID_VALUES, WRONG_SERIES, MISALIGNED, DUPLICATE, OUT_OF_ORDER, OUTSIDE_RANGE, MALFORMED
    }

    private static final int EXAMPLES_KEPT = 10;

    private final Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
    private final List<String> examples = new ArrayList<>();
    private int total;

    public void add(Kind kind, String reason) {
        counts.merge(kind, 1, Integer::sum);
        total++;
        if (examples.size() < EXAMPLES_KEPT) {
            examples.add(reason);
        }
    }

    public int total() {
        return total;
    }

    public int count(Kind kind) {
        return counts.getOrDefault(kind, 0);
    }

    public Map<Kind, Integer> counts() {
        return Collections.unmodifiableMap(counts);
    }

    /** The first reasons, in the order they were found. */
    public List<String> examples() {
        return Collections.unmodifiableList(examples);
    }

    /** One line for logs and console output, e.g. "3 rejected (DUPLICATE 2, INVALID_VALUES 1): ...". */
    public String summary() {
        if (total == 0) {
            return "none rejected";
        }
        StringBuilder text = new StringBuilder().append(total).append(" rejected (");
        String separator = "";
        for (Map.Entry<Kind, Integer> e : counts.entrySet()) {
            text.append(separator).append(e.getKey()).append(' ').append(e.getValue());
            separator = ", ";
        }
        text.append("): ").append(String.join("; ", examples));
        if (total > examples.size()) {
            text.append("; ...");
        }
        return text.toString();
    }
}
