package io.wavegrid.risk.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.wavegrid.trading.api.TradingState;

/**
 * What a restart must not lose: the emergency stop (engaged or re-armed, who, when, why) and the trading state with
 * its cause, as flat string properties for Config Admin (they read the same in a {@code .cfg} file).
 * {@link #parse} accepts only a complete, consistent record of a known format and names every problem otherwise,
 * so the caller can fail safe instead of guessing.
 *
 * @param stop  the engaged emergency stop, null when armed
 * @param rearm the last re-arm, null if none is known
 */
record StoredRiskState(EmergencySwitch.Stop stop, EmergencySwitch.Rearm rearm, TradingStateMachine.View trading) {

    static final String FORMAT = "state.format";
    static final String CURRENT_FORMAT = "1";
    private static final String ENGAGED = "ENGAGED";
    private static final String ARMED = "ARMED";

    /** Whether {@code key} is one of the keys this record writes (others in the configuration are left alone). */
    static boolean owns(String key) {
        return key.equals(FORMAT) || key.equals("emergency") || key.startsWith("emergency.") || key.startsWith("rearmed.")
                || key.startsWith("trading.");
    }

    Map<String, String> toProperties() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put(FORMAT, CURRENT_FORMAT);
        p.put("emergency", stop == null ? ARMED : ENGAGED);
        if (stop != null) {
            p.put("emergency.actor", stop.actor());
            p.put("emergency.reason", stop.reason());
            p.put("emergency.time", stop.time().toString());
        }
        if (rearm != null) {
            p.put("rearmed.actor", rearm.actor());
            p.put("rearmed.time", rearm.time().toString());
            p.put("rearmed.ended", rearm.ended());
        }
        p.put("trading.state", trading.state().name());
        if (trading.since() != null) {
            p.put("trading.since", trading.since().toString());
        }
        Breach cause = trading.cause();
        if (cause != null) {
            p.put("trading.cause.limit", cause.limit().name());
            p.put("trading.cause.description", cause.description());
            p.put("trading.cause.time", cause.time().toString());
            p.put("trading.cause.day", cause.day().toString());
        }
        return p;
    }

    /**
     * Reads a stored record; keys it does not know (Config Admin's own, such as {@code service.pid}) are ignored.
     *
     * @throws IllegalArgumentException naming every problem when the record is incomplete, inconsistent or of an
     *                                  unknown format
     */
    static StoredRiskState parse(Map<String, ?> properties) {
        Reader r = new Reader(properties);
        String format = r.text(FORMAT);
        if (format != null && !CURRENT_FORMAT.equals(format)) {
            throw new IllegalArgumentException(FORMAT + " '" + format + "' is not a known format (this version reads "
                    + CURRENT_FORMAT + ")");
        }
        String emergency = r.text("emergency");
        EmergencySwitch.Stop stop = null;
        if (ENGAGED.equals(emergency)) {
            stop = new EmergencySwitch.Stop(r.text("emergency.actor"), r.text("emergency.reason"),
                    r.parsed("emergency.time", Instant::parse));
        } else if (emergency != null && !ARMED.equals(emergency)) {
            r.problems.add("emergency must be ENGAGED or ARMED, got '" + emergency + "'");
        }
        EmergencySwitch.Rearm rearm = null;
        if (properties.containsKey("rearmed.actor") || properties.containsKey("rearmed.time")) {
            String ended = properties.get("rearmed.ended") == null ? "" : properties.get("rearmed.ended").toString();
            rearm = new EmergencySwitch.Rearm(r.text("rearmed.actor"), r.parsed("rearmed.time", Instant::parse), ended);
        }
        TradingState state = r.parsed("trading.state", TradingState::valueOf);
        Instant since = properties.containsKey("trading.since") ? r.parsed("trading.since", Instant::parse) : null;
        Breach cause = null;
        if (state != null && state != TradingState.ACTIVE) {
            cause = new Breach(r.parsed("trading.cause.limit", Breach.Limit::valueOf), r.text("trading.cause.description"),
                    r.parsed("trading.cause.time", Instant::parse), r.parsed("trading.cause.day", LocalDate::parse));
        }
        if (!r.problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", r.problems));
        }
        return new StoredRiskState(stop, rearm, new TradingStateMachine.View(state, cause, since));
    }

    /** Reads required values and collects what is missing or malformed, so one error names every problem. */
    private static final class Reader {

        final Map<String, ?> properties;
        final List<String> problems = new ArrayList<>();

        Reader(Map<String, ?> properties) {
            this.properties = properties;
        }

        String text(String key) {
            Object value = properties.get(key);
            if (value == null || value.toString().isBlank()) {
                problems.add(key + " is missing");
                return null;
            }
            return value.toString();
        }

        <T> T parsed(String key, Function<String, T> parser) {
            String text = text(key);
            if (text == null) {
                return null;
            }
            try {
                return parser.apply(text.trim());
            } catch (DateTimeParseException | IllegalArgumentException e) {
                problems.add(key + " '" + text + "' cannot be read: " + e.getMessage());
                return null;
            }
        }
    }
}
