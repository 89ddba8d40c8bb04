package io.wavegrid.analysis.api;

/** A named point of a pattern or wave, e.g. "left shoulder" or "wave 3 end". */
public record KeyPoint(String label, long time, double price) {
}
