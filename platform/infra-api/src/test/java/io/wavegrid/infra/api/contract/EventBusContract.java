package io.wavegrid.infra.api.contract;

import static io.wavegrid.infra.api.contract.Fixtures.T0;
import static io.wavegrid.infra.api.contract.Fixtures.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;

import io.wavegrid.infra.api.BusMessage;
import io.wavegrid.infra.api.CommandQueue;
import io.wavegrid.infra.api.EventBus;

import org.junit.jupiter.api.Test;

/**
 * What every {@link EventBus} and {@link CommandQueue} must do. Topics carry {@link #family()} so that
 * implementations sharing a broker never see each other's events.
 */
public abstract class EventBusContract {

    protected abstract EventBus bus();

    protected abstract CommandQueue commands();

    /** A topic family unique to this test run, e.g. {@code signal} for an isolated bus, or a random one. */
    protected String family() {
        return "signal";
    }

    @Test
    void subscribersGetMatchingEventsInOrder() throws Exception {
        List<String> all = new CopyOnWriteArrayList<>();
        List<String> btcOnly = new CopyOnWriteArrayList<>();
        try (AutoCloseable a = bus().subscribe(family() + ".#", e -> all.add(e.payload()));
             AutoCloseable b = bus().subscribe(family() + ".BTCUSDT.*", e -> btcOnly.add(e.payload()))) {
            awaitSubscriptions();
            for (int i = 0; i < 200; i++) {
                String symbol = i % 2 == 0 ? "BTCUSDT" : "ETHUSDT";
                bus().publish(new BusMessage(family() + "." + symbol + ".1h", Integer.toString(i), T0.plusSeconds(i)));
            }
            eventually(() -> all.size() == 200 && btcOnly.size() == 100, 10_000, "200 and 100 events");
        }
        assertEquals(IntStream.range(0, 200).mapToObj(Integer::toString).toList(), all);
        assertEquals(IntStream.range(0, 100).mapToObj(i -> Integer.toString(2 * i)).toList(), btcOnly);
    }

    @Test
    void aClosedSubscriptionGetsNothingMore() throws Exception {
        List<String> got = new CopyOnWriteArrayList<>();
        List<String> witness = new CopyOnWriteArrayList<>();
        AutoCloseable subscription = bus().subscribe(family() + ".*", e -> got.add(e.payload()));
        try (AutoCloseable w = bus().subscribe(family() + ".*", e -> witness.add(e.payload()))) {
            awaitSubscriptions();
            bus().publish(new BusMessage(family() + ".x", "before", T0));
            eventually(() -> got.size() == 1 && witness.size() == 1, 10_000, "the first event");
            subscription.close();
            bus().publish(new BusMessage(family() + ".x", "after", T0));
            eventually(() -> witness.size() == 2, 10_000, "the second event");
        }
        assertEquals(List.of("before"), got);
    }

    @Test
    void commandsWaitForAConsumerAndABadCommandDoesNotBlockTheOthers() throws Exception {
        for (int i = 0; i < 5; i++) {
            commands().send(new BusMessage("command." + family(), "cmd-" + i, T0));
        }
        List<String> handled = new CopyOnWriteArrayList<>();
        try (AutoCloseable consumer = commands().consume(c -> {
            if (c.payload().equals("cmd-2")) {
                throw new IllegalArgumentException("malformed command");
            }
            handled.add(c.payload());
        })) {
            eventually(() -> handled.size() == 4, 10_000, "four good commands");
        }
        assertEquals(List.of("cmd-0", "cmd-1", "cmd-3", "cmd-4"), handled);
    }

    /** Brokers bind subscriptions asynchronously; implementations that need it wait here. */
    protected void awaitSubscriptions() {
    }
}
