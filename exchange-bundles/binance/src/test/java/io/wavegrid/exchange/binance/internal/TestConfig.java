package io.wavegrid.exchange.binance.internal;

import java.lang.annotation.Annotation;

/** Adapter configuration pointing at a {@link FakeBinance}, with short timeouts so faults play out in seconds. */
final class TestConfig implements BinanceConfig {

    private final FakeBinance fake;
    private final boolean keys;
    private final boolean ticks;
    private final long silentMs;
    private final long patienceMs;

    TestConfig(FakeBinance fake, boolean keys, boolean ticks, long silentMs, long patienceMs) {
        this.fake = fake;
        this.keys = keys;
        this.ticks = ticks;
        this.silentMs = silentMs;
        this.patienceMs = patienceMs;
    }

    @Override
    public Class<? extends Annotation> annotationType() {
        return BinanceConfig.class;
    }

    @Override
    public String rest_url() {
        return fake.restUrl();
    }

    @Override
    public String ws_url() {
        return fake.wsUrl();
    }

    @Override
    public String api_key() {
        return keys ? "test-key" : "";
    }

    @Override
    public String api_secret() {
        return keys ? FakeBinance.SECRET : "";
    }

    @Override
    public long recv_window_ms() {
        return 5000;
    }

    @Override
    public long silent_stream_ms() {
        return silentMs;
    }

    @Override
    public long max_connection_minutes() {
        return 23 * 60;
    }

    @Override
    public long rate_limit_patience_ms() {
        return patienceMs;
    }

    @Override
    public int request_weight_per_minute() {
        return 6000;
    }

    @Override
    public long listen_key_keepalive_minutes() {
        return 30;
    }

    @Override
    public int book_levels() {
        return 5;
    }

    @Override
    public boolean stream_ticks() {
        return ticks;
    }
}
