package io.wavegrid.bus.rabbitmq.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.MessageProperties;

import io.wavegrid.infra.api.BusMessage;

/**
 * {@code mvn -Pbench}: events per second through the event bus (persisted outbox, persistent messages,
 * publisher confirms per batch) against the raw client publishing the same messages with the same confirms
 * and no outbox, on the loopback broker.
 */
public final class PublishBenchmark {

    private static final int EVENTS = 50_000;
    private static final String PAYLOAD = "{\"symbol\":\"BTCUSDT\",\"direction\":\"LONG\",\"confidence\":0.72,\"entry\":\"64250.5\"}";

    private PublishBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        try (TestBroker broker = new TestBroker()) {
            double raw = raw(broker);
            RabbitGateway gateway = broker.gateway(TestBroker.PORT, EVENTS + 1);
            try {
                RabbitEventBus bus = new RabbitEventBus(gateway);
                long start = System.nanoTime();
                for (int i = 0; i < EVENTS; i++) {
                    bus.publish(new BusMessage("signal.BTCUSDT.1h", PAYLOAD, Instant.now()));
                }
                double accepted = EVENTS / ((System.nanoTime() - start) / 1e9);
                while (gateway.outbox().size() > 0) {
                    Thread.sleep(5);
                }
                double confirmed = EVENTS / ((System.nanoTime() - start) / 1e9);
                System.out.printf("RabbitMQ publish benchmark (%,d events)%n", EVENTS);
                System.out.printf("  raw client, confirms per 500      %,10.0f events/s (baseline)%n", raw);
                System.out.printf("  event bus, confirmed by broker    %,10.0f events/s = %.2fx the baseline%n", confirmed, confirmed / raw);
                System.out.printf("  event bus, accepted into outbox   %,10.0f events/s (what the engine's publish costs)%n", accepted);
            } finally {
                gateway.close();
            }
        }
    }

    private static double raw(TestBroker broker) throws Exception {
        try (Channel ch = broker.direct().createChannel()) {
            String exchange = broker.topology.exchangeFor("signal");
            broker.topology.declareExchange(ch, exchange);
            ch.confirmSelect();
            byte[] body = PAYLOAD.getBytes(StandardCharsets.UTF_8);
            long start = System.nanoTime();
            for (int i = 0; i < EVENTS; i++) {
                ch.basicPublish(exchange, "signal.BTCUSDT.1h", MessageProperties.PERSISTENT_TEXT_PLAIN, body);
                if (i % 500 == 499) {
                    ch.waitForConfirmsOrDie(10_000);
                }
            }
            ch.waitForConfirmsOrDie(10_000);
            return EVENTS / ((System.nanoTime() - start) / 1e9);
        }
    }
}
