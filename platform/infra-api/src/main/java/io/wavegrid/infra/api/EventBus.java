package io.wavegrid.infra.api;

import java.util.function.Consumer;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Publishes the engine's events (signals, executions, positions, grid events, tickers) to every interested
 * party: in process by default, across processes and nodes through RabbitMQ when configured. Events of one
 * publisher reach each subscriber in publication order.
 */
@ProviderType
public interface EventBus {

    /**
     * Hands the event to the bus and returns without waiting for delivery.
     *
     * @throws BusOverflowException when the bus cannot accept more events (its outbox is full because the
     *                              broker has been unreachable for long); the event is not taken
     */
    void publish(BusMessage event);

    /**
     * Delivers every future event whose topic matches {@code topicPattern} to {@code handler}, one at a time
     * and in order, on a bus thread (never the publisher's). Patterns use AMQP topic syntax: {@code *} matches
     * one word, {@code #} zero or more, e.g. {@code signal.#} or {@code ticker.*}.
     *
     * @return closing it ends the subscription
     */
    AutoCloseable subscribe(String topicPattern, Consumer<BusMessage> handler);
}
