package io.wavegrid.bench;

import static org.junit.Assert.assertEquals;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import javax.inject.Inject;

import io.wavegrid.engine.api.Engine;
import io.wavegrid.itests.WavegridDistribution;
import io.wavegrid.market.api.Candle;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Timeframe;

import org.apache.karaf.features.BootFinished;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.OptionUtils;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * Hot deploy while candles flow: from the strategy jar landing in deploy/ to the strategy's first
 * contribution, against the baseline of installing the same bundle straight through the framework in the
 * same run. A feeder submits a candle every millisecond throughout; every one must be processed.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class HotDeployBench {

    private static final String STRATEGY = "example-momentum";
    private static final Symbol SYMBOL = Symbol.parse("BENCH/USDT");
    private static final int ROUNDS = 20;

    @Inject
    private BootFinished bootFinished;
    @Inject
    private BundleContext context;
    @Inject
    private Engine engine;

    @Configuration
    public Option[] config() {
        return OptionUtils.combine(WavegridDistribution.options(),
                systemProperty("strategy.jar").value(System.getProperty("strategy.jar")),
                systemProperty("bench.out").value(System.getProperty("bench.out")));
    }

    @Test
    public void deployFolderToFirstContribution() throws Exception {
        Path jar = Path.of(System.getProperty("strategy.jar"));
        Path deploy = Path.of(System.getProperty("karaf.base"), "deploy");
        AtomicBoolean feeding = new AtomicBoolean(true);
        AtomicLong submitted = new AtomicLong();
        long processedBefore = engine.status().candlesProcessed();
        Thread feeder = new Thread(() -> {
            long t = Timeframe.M1.align(1_600_000_000_000L);
            while (feeding.get()) {
                double price = 100 + Math.sin(submitted.get() / 50.0);
                engine.submit(new Candle(SYMBOL, Timeframe.M1, t, price, price + 0.5, price - 0.5, price, 1));
                t += Timeframe.M1.millis();
                submitted.incrementAndGet();
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-feeder");
        feeder.start();
        double[] viaDeploy = new double[ROUNDS];
        double[] viaFramework = new double[ROUNDS];
        try {
            until("history for warm-up", 30_000, () -> submitted.get() > 200);
            for (int round = 0; round < ROUNDS; round++) {
                Path target = deploy.resolve("example-momentum.jar");
                Path staging = deploy.resolve(".example-momentum.jar.tmp");
                Files.copy(jar, staging, StandardCopyOption.REPLACE_EXISTING);
                long t0 = System.nanoTime();
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
                viaDeploy[round] = untilContributing(t0);
                Files.delete(target);
                untilGone();

                long t1 = System.nanoTime();
                Bundle bundle = context.installBundle(jar.toUri().toString());
                bundle.start();
                viaFramework[round] = untilContributing(t1);
                bundle.uninstall();
                untilGone();
            }
        } finally {
            feeding.set(false);
            feeder.join(10_000);
        }
        until("the kernel to drain", 30_000, () -> engine.status().queued() == 0
                && engine.status().candlesProcessed() - processedBefore == submitted.get());
        long dropped = submitted.get() - (engine.status().candlesProcessed() - processedBefore);
        String report = String.format("Hot deploy over %d rounds with a candle every ms (%d candles, %d dropped):%n"
                        + "  deploy/ -> first contribution: p50 %.1f ms, p95 %.1f ms (goal p95 <= 500 ms)%n"
                        + "  framework install -> first contribution (baseline): p50 %.1f ms, p95 %.1f ms%n"
                        + "  ratio deploy/ over baseline: p50 %.2f, p95 %.2f%n",
                ROUNDS, submitted.get(), dropped, percentile(viaDeploy, 50), percentile(viaDeploy, 95),
                percentile(viaFramework, 50), percentile(viaFramework, 95),
                percentile(viaDeploy, 50) / percentile(viaFramework, 50), percentile(viaDeploy, 95) / percentile(viaFramework, 95));
        System.out.print(report);
        Files.writeString(Path.of(System.getProperty("bench.out"), "bench-hotdeploy.txt"), report);
        assertEquals("events dropped during the swaps", 0, dropped);
    }

    /** Milliseconds from t0 until the latest aggregation includes the strategy. */
    private double untilContributing(long t0) throws InterruptedException {
        until(STRATEGY + " contributing", 30_000, () -> engine.lastSignal("default", SYMBOL, Timeframe.M1)
                .map(s -> s.contributions().stream().anyMatch(c -> c.contributor().equals(STRATEGY))).orElse(false));
        return (System.nanoTime() - t0) / 1e6;
    }

    private void untilGone() throws InterruptedException {
        until(STRATEGY + " gone", 30_000, () -> engine.plugins().stream().noneMatch(p -> p.name().equals(STRATEGY))
                && Arrays.stream(context.getBundles()).noneMatch(b -> "io.wavegrid.example-momentum".equals(b.getSymbolicName()))
                && engine.lastSignal("default", SYMBOL, Timeframe.M1)
                .map(s -> s.contributions().stream().noneMatch(c -> c.contributor().equals(STRATEGY))).orElse(true));
    }

    /** Polls in the container: the shared test helpers are not part of the probe bundle. */
    private static void until(String what, long timeoutMs, java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutMs * 1_000_000;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeoutMs + " ms waiting for " + what);
            }
            Thread.sleep(1);
        }
    }

    private static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

}
