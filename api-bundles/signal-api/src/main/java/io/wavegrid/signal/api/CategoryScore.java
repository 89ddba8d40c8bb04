package io.wavegrid.signal.api;

/**
 * One category's share of an aggregation.
 *
 * @param weight     the category's weight after renormalisation over the categories present
 * @param score      confidence-weighted mean score of its contributors, -1 to 1
 * @param confidence weighted mean confidence of its contributors
 */
public record CategoryScore(Category category, double weight, double score, double confidence, int contributors) {
}
