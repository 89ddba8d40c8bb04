package io.wavegrid.signal.api;

/** How one contributor's evidence entered an aggregation. */
public record ContributorScore(String contributor, Category category, double weight, Evidence evidence) {
}
