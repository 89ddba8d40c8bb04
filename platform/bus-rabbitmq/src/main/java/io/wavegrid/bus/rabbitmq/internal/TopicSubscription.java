package io.wavegrid.bus.rabbitmq.internal;

import java.io.IOException;
import java.util.function.Consumer;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;

import io.wavegrid.infra.api.BusMessage;

/** One {@code subscribe}: an exclusive, auto-deleted queue bound to the family's exchange with the pattern. */
final class TopicSubscription implements Subscriptions.Consumer, AutoCloseable {

    private final Topology topology;
    private final String exchange;
    private final String pattern;
    private final Consumer<BusMessage> handler;
    private final Subscriptions registry;
    private volatile Channel channel;
    private volatile boolean closed;

    TopicSubscription(Topology topology, String exchange, String pattern, Consumer<BusMessage> handler,
                      Subscriptions registry) {
        this.topology = topology;
        this.exchange = exchange;
        this.pattern = pattern;
        this.handler = handler;
        this.registry = registry;
    }

    @Override
    public synchronized void open(Connection connection) throws IOException {
        if (closed || active()) {
            return;
        }
        Channel ch = connection.createChannel();
        topology.declareExchange(ch, exchange);
        String queue = ch.queueDeclare().getQueue();
        ch.queueBind(queue, exchange, pattern);
        ch.basicConsume(queue, false, new MessageDelivery(ch, handler, false));
        channel = ch;
    }

    /** Whether the subscription is bound and consuming right now. */
    boolean active() {
        Channel ch = channel;
        return ch != null && ch.isOpen();
    }

    @Override
    public synchronized void close() {
        closed = true;
        registry.remove(this);
        Subscriptions.abort(channel);
    }
}
