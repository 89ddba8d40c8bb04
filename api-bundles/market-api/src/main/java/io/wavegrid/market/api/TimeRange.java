package io.wavegrid.market.api;

/** A half-open span of time {@code [from, to)} in Unix milliseconds UTC. */
public record TimeRange(long from, long to) {

    public TimeRange {
        if (to < from) {
            throw new IllegalArgumentException("time range ends before it starts: " + from + " .. " + to);
        }
    }
}
