package io.wavegrid.cache.redis.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Wavegrid Redis",
        description = "Shared cache, leases and rate counters in Redis; without this configuration they stay in memory")
@interface RedisConfig {

    @AttributeDefinition(description = "Redis URI, e.g. redis://127.0.0.1:6379/0 or rediss://:password@host:6380/0")
    String uri() default "redis://127.0.0.1:6379/0";

    @AttributeDefinition(description = "Prefix of every key, so several installations can share one Redis")
    String keyPrefix() default "wavegrid:";

    @AttributeDefinition(description = "Milliseconds a command may take before the call falls back to memory")
    long commandTimeoutMillis() default 500;

    @AttributeDefinition(description = "Milliseconds Redis is left alone after a failure before it is tried again")
    long retryAfterMillis() default 1000;
}
