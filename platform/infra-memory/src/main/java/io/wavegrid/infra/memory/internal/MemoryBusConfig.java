package io.wavegrid.infra.memory.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Wavegrid in-memory bus",
        description = "The in-process event bus and command queue used when RabbitMQ is not configured")
@interface MemoryBusConfig {

    @AttributeDefinition(description = "Events queued per subscriber, and commands queued, before new ones are refused")
    int capacity() default 100_000;
}
