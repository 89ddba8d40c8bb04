package io.wavegrid.bus.rabbitmq.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Wavegrid RabbitMQ",
        description = "Events to topic exchanges and commands through a durable queue; without this configuration the bus stays in process")
@interface RabbitConfig {

    @AttributeDefinition(description = "AMQP URI, e.g. amqp://guest:guest@127.0.0.1:5672/%2F (vhost '/' encoded as %2F)")
    String uri() default "amqp://guest:guest@127.0.0.1:5672/%2F";

    @AttributeDefinition(description = "Prefix of the topic exchanges: <prefix>signal, <prefix>execution, <prefix>position, <prefix>grid, <prefix>ticker")
    String exchangePrefix() default "wavegrid.";

    @AttributeDefinition(description = "Name of the durable command queue; failed commands go to <name>.dead")
    String commandQueue() default "wavegrid.commands";

    @AttributeDefinition(description = "Directory of the persisted outbox; empty means <karaf.data>/wavegrid/outbox")
    String outboxDirectory() default "";

    @AttributeDefinition(description = "Events and commands the outbox holds while RabbitMQ is unreachable before publishing is refused")
    int outboxCapacity() default 100_000;

    @AttributeDefinition(description = "Milliseconds to wait for the broker's publisher confirms of a batch")
    long confirmTimeoutMillis() default 5_000;
}
