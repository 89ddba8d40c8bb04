package io.wavegrid.exchange.kucoin.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Wavegrid KuCoin adapter",
        description = "KuCoin spot: market data works without keys; trading needs an API key, secret and passphrase (key version 2)")
public @interface KucoinConfig {

    @AttributeDefinition(description = "REST base address")
    String rest_url() default "https://api.kucoin.com";

    @AttributeDefinition(description = "API key (never logged); empty = market data only")
    String api_key() default "";

    @AttributeDefinition(type = AttributeType.PASSWORD, description = "API secret (never logged)")
    String api_secret() default "";

    @AttributeDefinition(type = AttributeType.PASSWORD, description = "API passphrase chosen with the key (never logged)")
    String api_passphrase() default "";

    @AttributeDefinition(description = "How long a caller may wait for request weight before failing fast, ms")
    long rate_limit_patience_ms() default 10_000;

    @AttributeDefinition(description = "Request weight per 30 s window (KuCoin's public pool for VIP 0 is 2000)")
    int request_weight_per_window() default 2000;

    @AttributeDefinition(description = "Interval at which subscriptions poll KuCoin for newly closed candles and the ticker, ms")
    long poll_interval_ms() default 5_000;

    @AttributeDefinition(description = "Also poll the ticker with the candles")
    boolean poll_ticker() default true;
}
