package io.wavegrid.bus.rabbitmq.internal;

import java.io.IOException;
import java.util.Map;

import com.rabbitmq.client.BuiltinExchangeType;
import com.rabbitmq.client.Channel;

/**
 * Names and declarations of the broker objects: one durable topic exchange per event family
 * ({@code <prefix>signal}, {@code <prefix>execution}, ...) routed by the full topic, and the durable command
 * queue with its dead-letter exchange and queue. Declarations are idempotent, so every (re)connection repeats them.
 */
final class Topology {

    private final String exchangePrefix;
    private final String commandQueue;

    Topology(String exchangePrefix, String commandQueue) {
        this.exchangePrefix = exchangePrefix;
        this.commandQueue = commandQueue;
    }

    String exchangeFor(String family) {
        return exchangePrefix + family;
    }

    String commandQueue() {
        return commandQueue;
    }

    String deadLetters() {
        return commandQueue + ".dead";
    }

    void declareExchange(Channel channel, String exchange) throws IOException {
        channel.exchangeDeclare(exchange, BuiltinExchangeType.TOPIC, true);
    }

    void declareCommandQueue(Channel channel) throws IOException {
        channel.exchangeDeclare(deadLetters(), BuiltinExchangeType.FANOUT, true);
        channel.queueDeclare(deadLetters(), true, false, false, null);
        channel.queueBind(deadLetters(), deadLetters(), "");
        channel.queueDeclare(commandQueue, true, false, false, Map.of("x-dead-letter-exchange", deadLetters()));
    }
}
