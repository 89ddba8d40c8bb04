package io.wavegrid.bus.rabbitmq.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;

/**
 * Exchange and queue names of their own on the loopback RabbitMQ, a temporary outbox directory, and a direct
 * connection for followers and clean-up.
 */
final class TestBroker implements AutoCloseable {

    static final String HOST = "127.0.0.1";
    static final int PORT = 5672;

    final String prefix = "wgtest." + UUID.randomUUID() + ".";
    final Topology topology = new Topology(prefix, prefix + "commands");
    final Path outbox;
    private final Connection direct;

    TestBroker() throws IOException, TimeoutException {
        this.outbox = Files.createTempDirectory("wavegrid-outbox");
        this.direct = factory(PORT).newConnection("wavegrid-test");
    }

    static ConnectionFactory factory(int port) {
        ConnectionFactory f = new ConnectionFactory();
        f.setHost(HOST);
        f.setPort(port);
        f.setUsername("guest");
        f.setPassword("guest");
        return f;
    }

    RabbitGateway gateway(int port, int capacity) {
        return new RabbitGateway("amqp://guest:guest@" + HOST + ":" + port + "/%2F", topology, outbox, capacity, 1_000);
    }

    Connection direct() {
        return direct;
    }

    @Override
    public void close() throws IOException, TimeoutException {
        try (Channel ch = direct.createChannel()) {
            for (String family : List.of("signal", "execution", "position", "grid", "ticker")) {
                ch.exchangeDelete(topology.exchangeFor(family));
            }
            ch.queueDelete(topology.commandQueue());
            ch.queueDelete(topology.deadLetters());
            ch.exchangeDelete(topology.deadLetters());
        } finally {
            direct.close();
            try (Stream<Path> files = Files.walk(outbox)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
