package io.wavegrid.bus.rabbitmq.internal;

import java.io.IOException;
import java.util.function.Consumer;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;

import io.wavegrid.infra.api.BusMessage;
import io.wavegrid.infra.api.CommandQueue;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Commands through the durable queue (persistent messages via the outbox, so a command survives an outage of
 * the broker and a restart of this node). Consumers take one command at a time and acknowledge it after
 * handling; a command whose handler throws is dead-lettered to {@code <queue>.dead}.
 */
@Component(service = CommandQueue.class, property = "infra.backend=rabbitmq")
public class RabbitCommandQueue implements CommandQueue {

    private final RabbitGateway gateway;

    @Activate
    public RabbitCommandQueue(@Reference RabbitGateway gateway) {
        this.gateway = gateway;
    }

    @Override
    public void send(BusMessage command) {
        gateway.outbox().append("", gateway.topology().commandQueue(), command.topic(), command.payload(), command.time());
    }

    @Override
    public AutoCloseable consume(Consumer<BusMessage> handler) {
        CommandConsumer consumer = new CommandConsumer(handler);
        gateway.subscriptions().add(consumer);
        return consumer;
    }

    private final class CommandConsumer implements Subscriptions.Consumer, AutoCloseable {

        private final Consumer<BusMessage> handler;
        private volatile Channel channel;
        private volatile boolean closed;

        CommandConsumer(Consumer<BusMessage> handler) {
            this.handler = handler;
        }

        @Override
        public synchronized void open(Connection connection) throws IOException {
            Channel current = channel;
            if (closed || current != null && current.isOpen()) {
                return;
            }
            Channel ch = connection.createChannel();
            gateway.topology().declareCommandQueue(ch);
            ch.basicQos(1);
            ch.basicConsume(gateway.topology().commandQueue(), false, new MessageDelivery(ch, handler, true));
            channel = ch;
        }

        @Override
        public synchronized void close() {
            closed = true;
            gateway.subscriptions().remove(this);
            Subscriptions.abort(channel);
        }
    }
}
