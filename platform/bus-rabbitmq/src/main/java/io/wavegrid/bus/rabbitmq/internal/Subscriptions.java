package io.wavegrid.bus.rabbitmq.internal;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The consuming side: one connection carrying every subscription and command consumer. Subscriptions are
 * registered whether or not the broker is reachable; whenever a connection is (re)established they are opened
 * on it again, so consumers resume by themselves after an outage.
 */
final class Subscriptions implements AutoCloseable {

    /** Something that consumes on a connection: a topic subscription or the command consumer. */
    interface Consumer {
        /** Starts consuming on the connection unless already consuming on a live channel. */
        void open(Connection connection) throws IOException;
    }

    private static final Logger LOG = LoggerFactory.getLogger(Subscriptions.class);

    private final ConnectionFactory factory;
    private final List<Consumer> consumers = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService connector = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "wavegrid-rabbitmq-consumers");
        t.setDaemon(true);
        return t;
    });
    private volatile Connection connection;
    private volatile boolean closed;

    Subscriptions(ConnectionFactory factory) {
        this.factory = factory;
        connector.execute(this::connect);
    }

    /** Registers the consumer and, when connected, starts it before returning (so its binding exists). */
    void add(Consumer consumer) {
        consumers.add(consumer);
        Connection c = connection;
        if (c != null && c.isOpen()) {
            openQuietly(consumer, c);
        }
    }

    void remove(Consumer consumer) {
        consumers.remove(consumer);
    }

    /** Whether the consuming connection is up; consumers registered now start at once. */
    boolean connected() {
        Connection c = connection;
        return c != null && c.isOpen();
    }

    private void connect() {
        if (closed) {
            return;
        }
        try {
            Connection c = factory.newConnection("wavegrid-consumers");
            c.addShutdownListener(cause -> {
                if (!closed && !cause.isInitiatedByApplication()) {
                    LOG.warn("RabbitMQ consumer connection lost ({}); reconnecting", cause.getMessage());
                    connector.schedule(this::connect, 500, TimeUnit.MILLISECONDS);
                }
            });
            connection = c;
            for (Consumer consumer : consumers) {
                openQuietly(consumer, c);
            }
        } catch (IOException | TimeoutException e) {
            connector.schedule(this::connect, 1, TimeUnit.SECONDS);
        }
    }

    private void openQuietly(Consumer consumer, Connection c) {
        try {
            consumer.open(c);
        } catch (IOException e) {
            LOG.warn("cannot start a RabbitMQ consumer ({}); retried on the next connection", e.getMessage());
        }
    }

    /** Closes a consumer's channel at once, dropping its unacknowledged deliveries back to the broker. */
    static void abort(Channel channel) {
        if (channel != null && channel.isOpen()) {
            try {
                channel.abort();
            } catch (IOException e) {
                LOG.debug("closing a consumer channel: {}", e.getMessage());
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        connector.shutdownNow();
        Connection c = connection;
        if (c != null) {
            c.abort(1_000);
        }
    }
}
