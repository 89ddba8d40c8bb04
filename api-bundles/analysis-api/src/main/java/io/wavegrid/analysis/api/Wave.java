package io.wavegrid.analysis.api;

/** One wave of a count, e.g. label "3" or "B". */
public record Wave(String label, KeyPoint start, KeyPoint end) {
}
