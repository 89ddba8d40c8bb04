package io.wavegrid.itests;

import java.util.function.BooleanSupplier;

/** Polls a condition that another thread (a shard, Config Admin, the feature service) makes true. */
public final class Await {

    private Await() {
    }

    public static void until(String what, long timeoutMs, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out after " + timeoutMs + " ms waiting for " + what);
            }
            Thread.sleep(20);
        }
    }
}
