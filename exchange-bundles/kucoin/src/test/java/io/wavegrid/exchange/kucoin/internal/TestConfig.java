package io.wavegrid.exchange.kucoin.internal;

import java.lang.annotation.Annotation;

/** Adapter configuration pointing at a {@link FakeKucoin}, with short waits so faults play out in moments. */
final class TestConfig implements KucoinConfig {

    private final FakeKucoin fake;
    private final boolean keys;
    private final long patienceMs;
    private final long pollMs;
    private final boolean websocket;
    private final long silentMs;

    TestConfig(FakeKucoin fake, boolean keys, long patienceMs, long pollMs) {
        this(fake, keys, patienceMs, pollMs, false, 30_000);
    }

    TestConfig(FakeKucoin fake, boolean keys, long patienceMs, long pollMs, boolean websocket, long silentMs) {
        this.websocket = websocket;
        this.silentMs = silentMs;
        this.fake = fake;
        this.keys = keys;
        this.patienceMs = patienceMs;
        this.pollMs = pollMs;
    }

    @Override
    public Class<? extends Annotation> annotationType() {
        return KucoinConfig.class;
    }

    @Override
    public String rest_url() {
        return fake.restUrl();
    }

    @Override
    public String api_key() {
        return keys ? FakeKucoin.KEY : "";
    }

    @Override
    public String api_secret() {
        return keys ? FakeKucoin.SECRET : "";
    }

    @Override
    public String api_passphrase() {
        return keys ? FakeKucoin.PASSPHRASE : "";
    }

    @Override
    public long rate_limit_patience_ms() {
        return patienceMs;
    }

    @Override
    public int request_weight_per_window() {
        return 2000;
    }

    @Override
    public long poll_interval_ms() {
        return pollMs;
    }

    @Override
    public boolean websocket() {
        return websocket;
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
    public int book_levels() {
        return 20;
    }

    @Override
    public boolean poll_ticker() {
        return true;
    }
}
