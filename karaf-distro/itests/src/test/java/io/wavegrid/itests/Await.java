package io.wavegrid.itests;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Polls a condition that another thread (a shard, Config Admin, the feature service) makes true. */
public final class Await {

    private Await() {
    }

    public static void until(String what, long timeoutMs, BooleanSupplier condition) throws InterruptedException {
        until(what, timeoutMs, condition, () -> "");
    }

    /** As {@link #until(String, long, BooleanSupplier)}, with {@code detail} appended to a timeout's message. */
    public static void until(String what, long timeoutMs, BooleanSupplier condition, Supplier<String> detail)
            throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out after " + timeoutMs + " ms waiting for " + what + detail.get());
            }
            Thread.sleep(20);
        }
    }

    /**
     * Waits until no bundle has changed state (or been refreshed) for a whole second: a feature installed at boot
     * may still refresh bundles after {@code BootFinished}, and a test that runs into the refresh finds its own
     * probe's class loader gone.
     */
    public static void quiet(org.osgi.framework.BundleContext context, long timeoutMs) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMs;
        String last = "";
        long quietSince = System.currentTimeMillis();
        while (System.currentTimeMillis() - quietSince < 1_000) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("bundles still changing state after " + timeoutMs + " ms");
            }
            StringBuilder states = new StringBuilder();
            for (org.osgi.framework.Bundle bundle : context.getBundles()) {
                states.append(bundle.getBundleId()).append(':').append(bundle.getState()).append(':')
                        .append(bundle.getLastModified()).append(' ');
            }
            String now = states.toString();
            if (!now.equals(last)) {
                last = now;
                quietSince = System.currentTimeMillis();
            }
            Thread.sleep(50);
        }
    }
}
