package io.wavegrid.infra.api;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One event or command on the bus.
 *
 * @param topic   dot-separated words, family first: {@code signal.BTCUSDT}, {@code execution.binance.BTCUSDT},
 *                {@code ticker.BTCUSDT}; the family names the RabbitMQ exchange, the rest is the routing key
 * @param payload the event's body, usually JSON; the bus never looks inside
 * @param time    when the event happened (UTC), taken from the engine's clock so replays stay deterministic
 */
public record BusMessage(String topic, String payload, Instant time) {

    private static final Pattern TOPIC = Pattern.compile("[a-z][a-z0-9_-]{0,31}(\\.[A-Za-z0-9_:-]{1,64}){0,6}");

    public BusMessage {
        if (topic == null || !TOPIC.matcher(topic).matches()) {
            throw new IllegalArgumentException("invalid topic '" + topic
                    + "': expected a lower-case family and up to 6 dot-separated words, e.g. signal.BTCUSDT");
        }
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(time, "time");
    }

    /** The first word of the topic: {@code signal}, {@code execution}, {@code position}, {@code grid}, {@code ticker}. */
    public String family() {
        int dot = topic.indexOf('.');
        return dot < 0 ? topic : topic.substring(0, dot);
    }
}
