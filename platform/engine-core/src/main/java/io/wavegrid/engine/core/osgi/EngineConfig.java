package io.wavegrid.engine.core.osgi;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Wavegrid engine", description = "Sizing of the kernel (etc/io.wavegrid.engine.cfg). "
        + "Changing it restarts the kernel.")
public @interface EngineConfig {

    @AttributeDefinition(description = "Kernel threads; each symbol is always processed by the same one", min = "1", max = "64")
    int shards() default 2;

    @AttributeDefinition(description = "Closed candles kept per series to warm up plugins that arrive later", min = "10")
    int historyCapacity() default 1000;

    @AttributeDefinition(description = "Events a shard holds before producers are made to wait", min = "16")
    int queueCapacity() default 65536;
}
