package io.wavegrid.bus.rabbitmq.internal;

import java.util.function.Consumer;

import io.wavegrid.infra.api.BusMessage;
import io.wavegrid.infra.api.EventBus;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Events through RabbitMQ topic exchanges, one per family, routed by the full topic. Publishing only appends
 * to the persisted outbox, so it never blocks on the broker. A subscription is an exclusive, auto-deleted
 * queue bound with the pattern; it sees events published while it is connected (also by other nodes).
 */
@Component(service = EventBus.class, property = "infra.backend=rabbitmq")
public class RabbitEventBus implements EventBus {

    private final RabbitGateway gateway;

    @Activate
    public RabbitEventBus(@Reference RabbitGateway gateway) {
        this.gateway = gateway;
    }

    @Override
    public void publish(BusMessage event) {
        gateway.outbox().append(gateway.topology().exchangeFor(event.family()), event.topic(), event.topic(), event.payload(), event.time());
    }

    @Override
    public AutoCloseable subscribe(String topicPattern, Consumer<BusMessage> handler) {
        int dot = topicPattern == null ? -1 : topicPattern.indexOf('.');
        String family = dot < 0 ? topicPattern : topicPattern.substring(0, dot);
        if (family == null || !family.matches("[a-z][a-z0-9_-]{0,31}")) {
            throw new IllegalArgumentException("topic pattern '" + topicPattern
                    + "' must start with an event family (signal, execution, position, grid, ticker), e.g. signal.#");
        }
        TopicSubscription subscription = new TopicSubscription(gateway.topology(), gateway.topology().exchangeFor(family), topicPattern,
                handler, gateway.subscriptions());
        gateway.subscriptions().add(subscription);
        return subscription;
    }
}
