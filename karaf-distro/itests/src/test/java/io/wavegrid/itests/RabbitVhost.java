package io.wavegrid.itests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A RabbitMQ virtual host of its own for one test run, made and removed with {@code rabbitmqctl} (the broker
 * on this machine has no management API), so the run never sees another's exchanges or queues.
 */
final class RabbitVhost implements AutoCloseable {

    private final String name = "wg-it-" + UUID.randomUUID();

    RabbitVhost() throws IOException, InterruptedException {
        rabbitmqctl("add_vhost", name);
        rabbitmqctl("set_permissions", "-p", name, "guest", ".*", ".*", ".*");
    }

    String name() {
        return name;
    }

    /** The AMQP URI of this vhost on the loopback broker, user guest. */
    String uri() {
        return "amqp://guest:guest@127.0.0.1:5672/" + name;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        rabbitmqctl("delete_vhost", name);
    }

    private static void rabbitmqctl(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("rabbitmqctl", "-q"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException(String.join(" ", command) + " did not finish within 60 s");
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed (" + process.exitValue() + "): " + output
                    + " - the test needs the local RabbitMQ and permission to run rabbitmqctl");
        }
    }
}
