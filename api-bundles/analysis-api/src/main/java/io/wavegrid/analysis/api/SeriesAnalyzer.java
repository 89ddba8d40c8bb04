package io.wavegrid.analysis.api;

import io.wavegrid.market.api.CandleSeries;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Stateful analysis of one symbol and timeframe, called once per closed bar in time order.
 *
 * @param <R> what the analysis publishes after each bar
 */
@ConsumerType
public interface SeriesAnalyzer<R> {

    /**
     * Analyses the series whose latest bar ({@code barsAgo = 0}) has just closed.
     *
     * @return the current result, or {@code null} while the analyzer has no opinion yet
     */
    R onBar(CandleSeries series);
}
