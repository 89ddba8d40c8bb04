package io.wavegrid.exchange.kucoin.internal;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import io.wavegrid.market.api.Symbol;

/** A fresh fake KuCoin per test; the adapter a test creates is stopped after it, whatever the outcome. */
abstract class FakeKucoinTestBase {

    static final Symbol BTC = new Symbol("BTC", "USDT");

    FakeKucoin fake;
    KucoinAdapter adapter;

    @BeforeEach
    void startFake() throws Exception {
        fake = new FakeKucoin();
    }

    @AfterEach
    void stopAll() throws Exception {
        if (adapter != null) {
            adapter.deactivate();
        }
        fake.close();
    }

    KucoinAdapter adapter(boolean keys) {
        adapter = new KucoinAdapter(new TestConfig(fake, keys, 2_000, 200));
        return adapter;
    }
}
