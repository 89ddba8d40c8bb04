package io.wavegrid.exchange.testkit;

import java.util.Arrays;

/**
 * The measuring half of the adapters' parse benchmarks: messages per second of a handler over a set of
 * messages replayed round-robin on one thread, the p99 time of one message, and the report line that sets a
 * measurement against the baseline measured in the same run. Not a unit test: only the {@code -Pbench}
 * profiles run it.
 */
public final class MessageBench {

    /** Handles one message: parse, normalise, hand over. */
    @FunctionalInterface
    public interface Handler {
        void handle(String message) throws Exception;
    }

    private MessageBench() {
    }

    /** Messages per second of {@code count} messages taken round-robin from {@code messages}. */
    public static double rate(String[] messages, int count, Handler handler) throws Exception {
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            handler.handle(messages[i % messages.length]);
        }
        return count / ((System.nanoTime() - start) / 1e9);
    }

    /** The 99th percentile of the time one message takes, in microseconds. */
    public static double p99Micros(String[] messages, int count, Handler handler) throws Exception {
        long[] nanos = new long[count];
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            handler.handle(messages[i % messages.length]);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return nanos[(int) (count * 0.99)] / 1000.0;
    }

    /** One report line: the measured rate, the baseline's, their ratio and whether the goal is met. */
    public static String report(String kind, double measured, String baselineName, double baseline, double goal) {
        return String.format("%s: parse+normalise %,.0f msg/s; baseline (%s) %,.0f msg/s; ratio %.2f; goal %,.0f msg/s: %s",
                kind, measured, baselineName, baseline, measured / baseline, goal, measured >= goal ? "met" : "NOT met");
    }
}
