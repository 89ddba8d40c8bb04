package io.wavegrid.exchange.binance.internal;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import io.wavegrid.market.api.Symbol;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A fresh fake Binance per test; the adapter a test creates is stopped after it, whatever the outcome. */
abstract class FakeBinanceTestBase {

    static final Symbol BTC = new Symbol("BTC", "USDT");

    FakeBinance fake;
    BinanceAdapter adapter;

    @BeforeEach
    void startFake() throws Exception {
        fake = new FakeBinance();
    }

    @AfterEach
    void stopAll() throws Exception {
        if (adapter != null) {
            adapter.deactivate();
        }
        fake.close();
    }

    static void await(BooleanSupplier condition, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met in " + seconds + " s");
            }
            Thread.sleep(20);
        }
    }

    /** For scripts running on the fake's connection threads, which cannot throw. */
    static void pause(BooleanSupplier until) {
        try {
            await(until, 10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
