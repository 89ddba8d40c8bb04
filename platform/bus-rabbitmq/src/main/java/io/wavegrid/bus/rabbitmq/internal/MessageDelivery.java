package io.wavegrid.bus.rabbitmq.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.function.Consumer;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.Envelope;

import io.wavegrid.infra.api.BusMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands each delivery to the handler, in order, and acknowledges it once the handler returned. A failing
 * handler's message is rejected: for commands that moves it to the dead-letter queue, for events it is dropped
 * (logged) so one bad event cannot stall a subscriber.
 */
final class MessageDelivery extends DefaultConsumer {

    static final String TIME_HEADER = "wavegrid-time";

    private static final Logger LOG = LoggerFactory.getLogger(MessageDelivery.class);

    private final Consumer<BusMessage> handler;
    private final boolean deadLetterFailures;

    MessageDelivery(Channel channel, Consumer<BusMessage> handler, boolean deadLetterFailures) {
        super(channel);
        this.handler = handler;
        this.deadLetterFailures = deadLetterFailures;
    }

    @Override
    public void handleDelivery(String tag, Envelope envelope, AMQP.BasicProperties props, byte[] body) throws IOException {
        BusMessage message;
        try {
            message = new BusMessage(props.getType() != null ? props.getType() : envelope.getRoutingKey(),
                    new String(body, StandardCharsets.UTF_8), time(props));
            handler.accept(message);
        } catch (RuntimeException e) {
            LOG.error("{} message {} on {} failed: {}", deadLetterFailures ? "command" : "event", props.getMessageId(),
                    envelope.getRoutingKey(), e.getMessage(), e);
            getChannel().basicReject(envelope.getDeliveryTag(), false);
            return;
        }
        getChannel().basicAck(envelope.getDeliveryTag(), false);
    }

    private static Instant time(AMQP.BasicProperties props) {
        Object exact = props.getHeaders() == null ? null : props.getHeaders().get(TIME_HEADER);
        if (exact != null) {
            return Instant.parse(exact.toString());
        }
        return props.getTimestamp() == null ? Instant.now() : props.getTimestamp().toInstant();
    }
}
