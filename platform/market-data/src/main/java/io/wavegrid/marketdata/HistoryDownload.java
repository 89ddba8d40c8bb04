package io.wavegrid.marketdata;

import java.io.IOException;
import java.util.Set;

import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Timeframe;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Downloads candle history from an exchange into the candle store. Only the spans the store is missing are
 * requested and every page is stored as it arrives, so an interrupted download resumes where it stopped.
 */
@ProviderType
public interface HistoryDownload {

    /** Exchanges that currently offer history (their adapters are running). */
    Set<String> exchanges();

    /**
     * Fills {@code [from, to)} of the symbol and timeframe.
     *
     * @throws IOException              when the exchange fails; pages stored before the failure stay stored
     * @throws IllegalArgumentException when no adapter for the exchange is running or the range is empty
     */
    DownloadResult download(String exchange, Symbol symbol, Timeframe timeframe, long from, long to,
                            DownloadProgress progress) throws IOException;
}
