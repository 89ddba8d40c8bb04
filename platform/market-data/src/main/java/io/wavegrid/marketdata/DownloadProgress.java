package io.wavegrid.marketdata;

/** Told after each stored page of a history download. */
@FunctionalInterface
public interface DownloadProgress {

    /**
     * @param doneMillis  span of the requested range already covered, in ms
     * @param totalMillis span of the requested range, in ms
     * @param stored      candles stored so far by this download
     */
    void onProgress(long doneMillis, long totalMillis, int stored);
}
