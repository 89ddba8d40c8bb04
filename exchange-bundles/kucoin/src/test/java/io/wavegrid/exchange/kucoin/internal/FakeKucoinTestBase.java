package io.wavegrid.exchange.kucoin.internal;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

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

    /** Waits for something the fake or the adapter does on its own threads; fails with {@code state} when it does not come. */
    static void await(BooleanSupplier condition, int seconds, Supplier<String> state) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met in " + seconds + " s: " + state.get());
            }
            Thread.sleep(20);
        }
    }

    /** For scripts running on the fake's connection threads, which cannot throw: the test's own wait then fails. */
    static void awaitQuietly(BooleanSupplier condition) {
        try {
            await(condition, 10, () -> "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
