package io.wavegrid.bench;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.Map;

/**
 * The machine's own spread, measured in the same run: one fixed piece of work (decimal arithmetic and map lookups,
 * the kind the order path does), repeated and timed like an order. Its p99 over its p50 is what this machine adds
 * to any work of that size, whatever the code; on a small shared VM it is far from 1.
 */
final class NoiseFloor {

    /** Where the results go, so the JIT cannot drop the work as unused. */
    static volatile long consumed;

    private NoiseFloor() {
    }

    /** Times {@code runs} repetitions of the same work, after as many untimed ones. */
    static LatencySamples measure(int runs) {
        Map<Integer, BigDecimal> book = new HashMap<>();
        for (int i = 0; i < 512; i++) {
            book.put(i, BigDecimal.valueOf(30_000 + i, 2));
        }
        LatencySamples samples = new LatencySamples(runs);
        long sink = 0;
        for (int run = 0; run < 2 * runs; run++) {
            long start = System.nanoTime();
            sink += work(book, run);
            long took = System.nanoTime() - start;
            if (run >= runs) {
                samples.add(took);
            }
        }
        consumed = sink;
        return samples;
    }

    /** The same amount of work every time: 400 lookups, multiplications and additions with rounding. */
    private static long work(Map<Integer, BigDecimal> book, int run) {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal quantity = new BigDecimal("0.00123");
        for (int i = 0; i < 400; i++) {
            BigDecimal price = book.get((run + i * 7) & 511);
            total = total.add(price.multiply(quantity)).round(MathContext.DECIMAL64);
        }
        return total.unscaledValue().longValue();
    }
}
