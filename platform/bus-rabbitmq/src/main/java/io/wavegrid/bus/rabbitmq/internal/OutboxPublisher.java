package io.wavegrid.bus.rabbitmq.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeoutException;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.MessageProperties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drains the outbox in order on one thread: publishes a batch as persistent messages, waits for the broker's
 * confirms, and only then acknowledges the batch in the outbox. A failure (broker gone, connection cut, confirm
 * timeout, nack) drops the connection and retries the same batch after a pause, so delivery is at least once
 * and in order; the message id (outbox sequence) lets consumers drop a redelivered duplicate.
 */
final class OutboxPublisher implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxPublisher.class);
    private static final int BATCH = 500;

    private final FileOutbox outbox;
    private final ConnectionFactory factory;
    private final Topology topology;
    private final long confirmTimeoutMillis;
    private final BrokerHealth health;
    private final Set<String> declared = new HashSet<>();
    private volatile boolean running = true;
    private Connection connection;
    private Channel channel;

    OutboxPublisher(FileOutbox outbox, ConnectionFactory factory, Topology topology, long confirmTimeoutMillis, BrokerHealth health) {
        this.outbox = outbox;
        this.factory = factory;
        this.topology = topology;
        this.confirmTimeoutMillis = confirmTimeoutMillis;
        this.health = health;
    }

    @Override
    public void run() {
        long pauseMillis = 100;
        while (running) {
            try {
                List<OutboxRecord> batch = outbox.peek(BATCH, 200);
                if (batch.isEmpty()) {
                    continue;
                }
                outbox.sync();
                publish(batch);
                outbox.acknowledge(batch.get(batch.size() - 1).sequence());
                health.up();
                pauseMillis = 100;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (IOException | TimeoutException | RuntimeException e) {
                if (!running) {
                    return;
                }
                health.down("publishing failed: " + e.getMessage() + "; " + outbox.size() + " events wait in the outbox");
                disconnect();
                if (!pause(pauseMillis)) {
                    return;
                }
                pauseMillis = Math.min(pauseMillis * 2, 5_000);
            }
        }
    }

    private void publish(List<OutboxRecord> batch) throws IOException, InterruptedException, TimeoutException {
        Channel ch = channel();
        for (OutboxRecord r : batch) {
            if (!r.exchange().isEmpty() && declared.add(r.exchange())) {
                topology.declareExchange(ch, r.exchange());
            }
            AMQP.BasicProperties props = MessageProperties.PERSISTENT_TEXT_PLAIN.builder()
                    .contentType("application/json")
                    .messageId(Long.toString(r.sequence()))
                    .timestamp(Date.from(r.time()))
                    .type(r.topic())
                    .headers(Map.of(MessageDelivery.TIME_HEADER, r.time().toString()))
                    .build();
            ch.basicPublish(r.exchange(), r.routingKey(), props, r.payload().getBytes(StandardCharsets.UTF_8));
        }
        ch.waitForConfirmsOrDie(confirmTimeoutMillis);
    }

    private Channel channel() throws IOException, TimeoutException {
        if (channel == null || !channel.isOpen()) {
            disconnect();
            connection = factory.newConnection("wavegrid-publisher");
            channel = connection.createChannel();
            channel.confirmSelect();
            topology.declareCommandQueue(channel);
        }
        return channel;
    }

    private void disconnect() {
        declared.clear();
        Connection c = connection;
        connection = null;
        channel = null;
        if (c != null) {
            try {
                c.abort(1_000);
            } catch (RuntimeException e) {
                LOG.debug("aborting the publisher connection: {}", e.getMessage());
            }
        }
    }

    private boolean pause(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    void stop() {
        running = false;
        disconnect();
    }
}
