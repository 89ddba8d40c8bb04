package io.wavegrid.itests;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.BuiltinExchangeType;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.Envelope;

/**
 * Another process's view of the bus: a plain amqp-client consumer on its own server-named queue bound to a
 * topic exchange. Kept out of the test class so the probe loads RabbitMQ's classes only after the test
 * installed the feature that brings them.
 */
final class RabbitFollower implements AutoCloseable {

    private final Connection connection;
    private final BlockingQueue<String> received = new LinkedBlockingQueue<>();

    RabbitFollower(String uri, String exchange, String bindingPattern) throws Exception {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setUri(uri);
        connection = factory.newConnection("wavegrid-it-follower");
        Channel channel = connection.createChannel();
        // exactly the bus's own declaration, so whichever of the two comes first the other agrees
        channel.exchangeDeclare(exchange, BuiltinExchangeType.TOPIC, true);
        String queue = channel.queueDeclare().getQueue();
        channel.queueBind(queue, exchange, bindingPattern);
        channel.basicConsume(queue, true, new DefaultConsumer(channel) {
            @Override
            public void handleDelivery(String tag, Envelope envelope, AMQP.BasicProperties props, byte[] body) {
                received.add(envelope.getRoutingKey() + " " + props.getType() + " " + new String(body, StandardCharsets.UTF_8));
            }
        });
    }

    /** The next delivery as {@code <routing key> <type> <body>}, or null if none came within the time. */
    String next(long timeout, TimeUnit unit) throws InterruptedException {
        return received.poll(timeout, unit);
    }

    /** Deliveries not taken by {@link #next}. */
    String pending() {
        return received.toString();
    }

    @Override
    public void close() throws Exception {
        connection.close();
    }
}
