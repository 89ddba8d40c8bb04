package io.wavegrid.marketdata;

import java.nio.file.Path;

import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Timeframe;

import org.osgi.annotation.versioning.ProviderType;

/** Imports a candle file into the candle store, all or nothing. */
@ProviderType
public interface CandleImport {

    /**
     * Reads, validates and stores every candle of the file. Any malformed or invalid row fails the whole
     * import with a message naming its line and problem, and nothing of the file is stored.
     */
    ImportResult importFile(Path file, CandleFileFormat format, Symbol symbol, Timeframe timeframe)
            throws CandleImportException;
}
