package io.wavegrid.bus.rabbitmq.internal;

import java.time.Instant;

/**
 * One message waiting in the outbox.
 *
 * @param sequence   position in the outbox, increasing without gaps; the message id consumers may dedupe by
 * @param exchange   target exchange; empty for the default exchange (commands go straight to their queue)
 * @param routingKey the topic, or the command queue's name
 * @param topic      the message's topic; the routing key too, except for commands
 */
record OutboxRecord(long sequence, String exchange, String routingKey, String topic, String payload, Instant time) {
}
