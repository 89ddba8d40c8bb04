package io.wavegrid.exchange.binance.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Wavegrid Binance adapter",
        description = "Binance spot: market data works without keys; trading needs an API key and secret")
public @interface BinanceConfig {

    @AttributeDefinition(description = "REST base address")
    String rest_url() default "https://api.binance.com";

    @AttributeDefinition(description = "WebSocket stream base address")
    String ws_url() default "wss://stream.binance.com:9443";

    @AttributeDefinition(description = "API key (never logged); empty = market data only")
    String api_key() default "";

    @AttributeDefinition(type = AttributeType.PASSWORD, description = "API secret (never logged)")
    String api_secret() default "";

    @AttributeDefinition(description = "recvWindow of signed requests, ms")
    long recv_window_ms() default 5000;

    @AttributeDefinition(description = "A stream without any message for this long counts as dead and is reconnected")
    long silent_stream_ms() default 30_000;

    @AttributeDefinition(description = "Connections are renewed after this many minutes (Binance cuts them at 24 h)")
    long max_connection_minutes() default 23 * 60;

    @AttributeDefinition(description = "How long a caller may wait for request weight before failing fast, ms")
    long rate_limit_patience_ms() default 10_000;

    @AttributeDefinition(description = "Request weight per minute until exchangeInfo tells the real limit")
    int request_weight_per_minute() default 6000;

    @AttributeDefinition(description = "Interval of the listen key keep-alive, minutes (Binance expires it after 60)")
    long listen_key_keepalive_minutes() default 30;

    @AttributeDefinition(description = "Order book levels per side kept and published")
    int book_levels() default 20;

    @AttributeDefinition(description = "Also stream trades, best bid/ask and the order book with the candles")
    boolean stream_ticks() default true;
}
