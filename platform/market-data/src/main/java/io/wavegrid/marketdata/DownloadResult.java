package io.wavegrid.marketdata;

/**
 * What a history download did.
 *
 * @param stored       candles fetched and stored by this run
 * @param rejected     candles the exchange sent that failed validation and were not stored
 * @param alreadyHad   bars of the range that were stored before the run started (resume)
 * @param missingAfter spans of the range still without bars (the exchange has none, e.g. outages)
 */
public record DownloadResult(int stored, int rejected, long alreadyHad, int missingAfter) {
}
