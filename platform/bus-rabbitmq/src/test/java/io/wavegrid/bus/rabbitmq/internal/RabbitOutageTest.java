package io.wavegrid.bus.rabbitmq.internal;

import static io.wavegrid.infra.api.contract.Fixtures.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;

import com.rabbitmq.client.Channel;

import io.wavegrid.infra.api.BusMessage;
import io.wavegrid.infra.api.BusOverflowException;
import io.wavegrid.infra.api.HealthStatus.State;
import io.wavegrid.infra.api.testing.TcpFaultProxy;

import org.junit.jupiter.api.Test;

/**
 * The publisher talks to RabbitMQ through a loopback proxy that cuts, resets and stalls its connection; a
 * follower consumes directly from the broker. Every event arrives, in publication order; a redelivery after a
 * lost confirm carries the same message id, so the follower's view after dropping known ids has no duplicates.
 */
class RabbitOutageTest {

    /** A follower on its own queue, bound directly to the broker: what another node would see. */
    private static final class Follower {
        /** Message id and payload of each delivery, recorded as one entry so a reader never sees half of one. */
        final List<Map.Entry<String, String>> deliveries = new CopyOnWriteArrayList<>();

        Follower(TestBroker broker) throws Exception {
            Channel ch = broker.direct().createChannel();
            String exchange = broker.topology.exchangeFor("signal");
            broker.topology.declareExchange(ch, exchange);
            String queue = ch.queueDeclare(broker.prefix + "follower", false, false, true, null).getQueue();
            ch.queueBind(queue, exchange, "signal.#");
            ch.basicConsume(queue, true, (tag, d) -> {
                deliveries.add(Map.entry(d.getProperties().getMessageId(), new String(d.getBody(), StandardCharsets.UTF_8)));
            }, tag -> { });
        }

        /** Payloads in order of first arrival, duplicates (same message id) dropped. */
        List<String> distinct() {
            Set<String> seen = new LinkedHashSet<>();
            List<String> result = new ArrayList<>();
            for (Map.Entry<String, String> delivery : deliveries) {
                if (seen.add(delivery.getKey())) {
                    result.add(delivery.getValue());
                }
            }
            return result;
        }
    }

    private static BusMessage event(int i) {
        return new BusMessage("signal.BTCUSDT.1h", Integer.toString(i), Instant.ofEpochSecond(1_700_000_000L + i));
    }

    private static List<String> numbers(int count) {
        return IntStream.range(0, count).mapToObj(Integer::toString).toList();
    }

    @Test
    void eventsWaitInTheOutboxThroughCutsResetsAndStallsAndArriveInOrder() throws Exception {
        try (TestBroker broker = new TestBroker(); TcpFaultProxy proxy = new TcpFaultProxy(TestBroker.HOST, TestBroker.PORT)) {
            Follower follower = new Follower(broker);
            RabbitGateway gateway = broker.gateway(proxy.port(), 100_000);
            try {
                RabbitEventBus bus = new RabbitEventBus(gateway);
                for (int i = 0; i < 3_000; i++) {
                    switch (i) {
                        case 500 -> proxy.cut();
                        case 1_500 -> proxy.restore();
                        case 2_000 -> proxy.resetConnections();
                        case 2_500 -> proxy.stall();
                        default -> { }
                    }
                    if (i == 1_000) {
                        eventually(() -> gateway.check().state() == State.DEGRADED, 10_000, "the outage to show in health");
                        assertEquals(1.0, reading(gateway, "wavegrid_fallback_active"), "the outage shows in the metrics");
                        assertTrue(reading(gateway, "wavegrid_outbox_events") > 0, "events wait in the outbox");
                    }
                    bus.publish(event(i));
                }
                Thread.sleep(1_500);
                proxy.restore();

                eventually(() -> follower.distinct().size() == 3_000, 60_000, "all 3000 events");
                assertEquals(numbers(3_000), follower.distinct());
                eventually(() -> gateway.check().state() == State.UP && gateway.outbox().size() == 0, 10_000, "recovery");
                assertEquals(0.0, reading(gateway, "wavegrid_fallback_active"));
                assertEquals(0.0, reading(gateway, "wavegrid_outbox_events"));
                assertTrue(reading(gateway, "wavegrid_health_degradations_total") >= 1, "each outage counted");
                System.out.printf("outage test: %d deliveries for 3000 events (%d redelivered after lost confirms)%n",
                        follower.deliveries.size(), follower.deliveries.size() - 3_000);
            } finally {
                gateway.close();
            }
        }
    }

    @Test
    void eventsWaitingWhenTheNodeStopsAreDeliveredAfterItRestarts() throws Exception {
        try (TestBroker broker = new TestBroker(); TcpFaultProxy proxy = new TcpFaultProxy(TestBroker.HOST, TestBroker.PORT)) {
            Follower follower = new Follower(broker);
            proxy.cut();
            RabbitGateway first = broker.gateway(proxy.port(), 1_000);
            RabbitEventBus bus = new RabbitEventBus(first);
            for (int i = 0; i < 100; i++) {
                bus.publish(event(i));
            }
            first.close();

            RabbitGateway second = broker.gateway(proxy.port(), 1_000);
            try {
                assertEquals(100, second.outbox().size());
                new RabbitEventBus(second).publish(event(100));
                proxy.restore();
                eventually(() -> follower.distinct().size() == 101, 30_000, "101 events after the restart");
                assertEquals(numbers(101), follower.distinct());
            } finally {
                second.close();
            }
        }
    }

    @Test
    void aFullOutboxRefusesNewEventsAndLosesNoneOfTheOldOnes() throws Exception {
        try (TestBroker broker = new TestBroker(); TcpFaultProxy proxy = new TcpFaultProxy(TestBroker.HOST, TestBroker.PORT)) {
            Follower follower = new Follower(broker);
            proxy.cut();
            RabbitGateway gateway = broker.gateway(proxy.port(), 50);
            try {
                RabbitEventBus bus = new RabbitEventBus(gateway);
                for (int i = 0; i < 50; i++) {
                    bus.publish(event(i));
                }
                assertThrows(BusOverflowException.class, () -> bus.publish(event(50)));

                proxy.restore();
                eventually(() -> follower.distinct().size() == 50, 30_000, "the 50 accepted events");
                assertEquals(numbers(50), follower.distinct());
            } finally {
                gateway.close();
            }
        }
    }

    private static double reading(RabbitGateway gateway, String name) {
        return gateway.readings().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow().value();
    }
}
