package io.wavegrid.infra.api;

import java.time.Instant;
import java.util.Objects;

/**
 * One state-changing action.
 *
 * @param actor  who acted: a user name, {@code system} or a component name
 * @param action what was done, e.g. {@code order.place}, {@code config.update}, {@code user.login}
 * @param target what it was done to, e.g. a client order id or a configuration PID
 * @param detail free text or JSON with the specifics
 */
public record AuditEntry(Instant time, String actor, String action, String target, String detail) {

    public AuditEntry {
        Objects.requireNonNull(time, "time");
        requireText(actor, "actor", 100);
        requireText(action, "action", 100);
        target = target == null ? "" : target;
        detail = detail == null ? "" : detail;
        if (target.length() > 200) {
            throw new IllegalArgumentException("audit target longer than 200 characters: " + target.substring(0, 40) + "...");
        }
    }

    private static void requireText(String value, String what, int max) {
        if (value == null || value.isBlank() || value.length() > max) {
            throw new IllegalArgumentException("audit " + what + " must be 1-" + max + " characters, got '" + value + "'");
        }
    }
}
