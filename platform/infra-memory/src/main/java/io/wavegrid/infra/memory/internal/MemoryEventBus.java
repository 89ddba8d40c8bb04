package io.wavegrid.infra.memory.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import io.wavegrid.infra.api.BusMessage;
import io.wavegrid.infra.api.EventBus;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The in-process event bus: each subscription has its own ordered, bounded queue and thread, so a slow
 * subscriber delays only itself. A subscriber whose queue is full loses events (counted and logged): in one
 * process that can only be a stuck subscriber, and the engine must never block on it.
 */
@Component(service = EventBus.class, configurationPid = MemoryEventBus.PID,
        property = {"service.ranking:Integer=-100", "infra.backend=memory"})
@Designate(ocd = MemoryBusConfig.class)
public class MemoryEventBus implements EventBus {

    static final String PID = "io.wavegrid.infra.memory.bus";

    private static final Logger LOG = LoggerFactory.getLogger(MemoryEventBus.class);

    private final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();
    private final AtomicLong dropped = new AtomicLong();
    private volatile int capacity;

    public MemoryEventBus() {
        this.capacity = 100_000;
    }

    @Activate
    void activate(MemoryBusConfig config) {
        capacity = checkedCapacity(config.capacity());
    }

    @Deactivate
    void deactivate() {
        subscriptions.forEach(Subscription::close);
        subscriptions.clear();
    }

    @Override
    public void publish(BusMessage event) {
        for (Subscription s : subscriptions) {
            if (s.pattern.matches(event.topic()) && !s.offer(event)) {
                long total = dropped.incrementAndGet();
                if (Long.bitCount(total) == 1) {
                    LOG.error("subscriber '{}' is not keeping up: its queue of {} events is full, {} events dropped so far",
                            s.name, capacity, total);
                }
            }
        }
    }

    @Override
    public AutoCloseable subscribe(String topicPattern, Consumer<BusMessage> handler) {
        Subscription s = new Subscription(topicPattern, new TopicPattern(topicPattern), handler, capacity);
        subscriptions.add(s);
        return () -> {
            subscriptions.remove(s);
            s.close();
        };
    }

    static int checkedCapacity(int capacity) {
        if (capacity < 1 || capacity > 10_000_000) {
            throw new IllegalArgumentException("io.wavegrid.infra.memory.bus capacity must be 1-10000000, got " + capacity);
        }
        return capacity;
    }

    /** Events dropped because a subscriber's queue was full, since start. */
    long dropped() {
        return dropped.get();
    }

    private static final class Subscription extends OrderedWorker<BusMessage> {

        final String name;
        final TopicPattern pattern;

        Subscription(String name, TopicPattern pattern, Consumer<BusMessage> handler, int capacity) {
            super("wavegrid-bus " + name, capacity, handler);
            this.name = name;
            this.pattern = pattern;
        }
    }
}
