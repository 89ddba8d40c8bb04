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

    @AttributeDefinition(description = "Market data over KuCoin's WebSocket (candles and trades); false = poll REST")
    boolean websocket() default true;

    @AttributeDefinition(description = "A stream without any message (pongs included) for this long counts as dead and is reconnected, ms")
    long silent_stream_ms() default 30_000;

    @AttributeDefinition(description = "Connections are renewed after this many minutes (KuCoin cuts them at 24 h)")
    long max_connection_minutes() default 23 * 60;

    @AttributeDefinition(description = "When websocket is false: interval at which subscriptions poll KuCoin for newly closed candles and the ticker, ms")
    long poll_interval_ms() default 5_000;

    @AttributeDefinition(description = "When websocket is true: levels per side of the order book kept from KuCoin's level 2 stream; 0 = no order book stream")
    int book_levels() default 20;

    @AttributeDefinition(description = "When websocket is false: also poll the ticker with the candles")
    boolean poll_ticker() default true;
}
