/**
 * Incremental building blocks for analysis plugins: exponential and Wilder smoothing, rolling windows
 * (sum, mean, variance, min, max), true range and directional movement, efficiency ratio, swing pivots,
 * and a base for candle-fed calculators that rejects out-of-order or invalid bars before touching state.
 * Every update is O(1) (amortised for the rolling extremes) and allocates nothing.
 *
 * <p>1.1: {@link io.wavegrid.indicator.core.DecimalText}, numbers in reasoning text as the formatter writes
 * them, without its cost on every bar; {@code PatternEvidence.combine} into a builder the evaluator keeps.
 */
@Export
@Version("1.1.0")
package io.wavegrid.indicator.core;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
