package io.wavegrid.indicator.benchmark;

import java.util.Locale;

import io.wavegrid.indicator.testkit.CandleTable;
import io.wavegrid.indicator.testkit.GeneratedMarket;
import io.wavegrid.market.api.Candle;

/**
 * One symbol-year of generated 1m candles (525,600) through (a) the indicators ta4j also has, ours and ta4j's
 * (DoubleNum), and (b) our whole analysis set. Each is run once to warm the JIT, then timed over the best of
 * three. Prints time per candle, candles per second and the ta4j/ours ratio (goal ≥ 10×; whole set ≤ 2 s).
 * Run: {@code mvn -B -pl indicator-bundles/analysis-benchmark -am -Pbench verify -DskipTests}.
 */
public final class AnalysisBenchmark {

    private static final int CANDLES = 525_600;

    private AnalysisBenchmark() {
    }

    public static void main(String[] args) {
        CandleTable table = GeneratedMarket.minutes(CANDLES, 42);
        Candle[] candles = new Candle[CANDLES];
        for (int i = 0; i < CANDLES; i++) {
            candles[i] = table.candle(i);
        }
        double ours = best(() -> OurAnalysis.indicators(candles, OurAnalysis.sameAsTa4j(), OurAnalysis.OUTPUTS));
        double whole = best(() -> OurAnalysis.wholeSet(table, candles));
        double ta4j = best(() -> Ta4jAnalysis.run(candles));
        print("wavegrid, indicators ta4j also has", ours);
        print("wavegrid, whole analysis set", whole);
        print("ta4j 0.17 DoubleNum, same indicators", ta4j);
        System.out.printf(Locale.ROOT, "ratio ta4j / wavegrid (same indicators): %.1fx (goal >= 10x)%n", ta4j / ours);
        System.out.printf(Locale.ROOT, "whole analysis set per symbol-year: %.2f s (goal <= 2 s)%n", whole);
    }

    /** Best of three timed runs after one warm-up, in seconds. */
    private static double best(java.util.function.DoubleSupplier run) {
        double sink = run.getAsDouble();
        double best = Double.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            sink += run.getAsDouble();
            best = Math.min(best, (System.nanoTime() - start) / 1e9);
        }
        if (sink == 42) {
            System.out.println("unlikely checksum");
        }
        return best;
    }

    private static void print(String label, double seconds) {
        System.out.printf(Locale.ROOT, "%-40s %8.3f s  %8.1f ns/candle  %,12.0f candles/s%n", label, seconds,
                seconds * 1e9 / CANDLES, CANDLES / seconds);
    }
}
