package io.wavegrid.marketdata.internal.importer;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import io.wavegrid.market.api.Candle;
import io.wavegrid.market.api.CandleStore;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Timeframe;
import io.wavegrid.marketdata.CandleFileFormat;
import io.wavegrid.marketdata.CandleImport;
import io.wavegrid.marketdata.CandleImportException;
import io.wavegrid.marketdata.ImportResult;
import io.wavegrid.marketdata.internal.validate.GapDetector;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports a candle file in two phases: read and validate everything, then hand the whole batch to the
 * store in one all-or-nothing upsert. A file with any problem stores nothing.
 */
@Component(service = CandleImport.class)
public final class CandleFileImporter implements CandleImport {

    private static final Logger LOG = LoggerFactory.getLogger(CandleFileImporter.class);

    private final CandleStore store;

    @Activate
    public CandleFileImporter(@Reference CandleStore store) {
        this.store = store;
    }

    @Override
    public ImportResult importFile(Path file, CandleFileFormat format, Symbol symbol, Timeframe timeframe)
            throws CandleImportException {
        List<Candle> candles = read(file, format, symbol, timeframe);
        int written;
        try {
            written = store.upsert(candles);
        } catch (RuntimeException e) {
            throw new CandleImportException(file + ": the candle store refused the batch, nothing imported: " + e.getMessage(), e);
        }
        long first = candles.isEmpty() ? -1 : candles.get(0).openTime();
        long last = candles.isEmpty() ? -1 : candles.get(candles.size() - 1).openTime();
        int gaps = candles.isEmpty() ? 0 : GapDetector.gaps(candles, timeframe, first, last + 1).size();
        LOG.info("imported {} {} {} candles from {} ({} gaps inside)", written, symbol, timeframe.code(), file, gaps);
        return new ImportResult(symbol, timeframe, written, first, last, gaps);
    }

    /** Reads and validates the whole file; throws naming every problem's line when anything is wrong. */
    static List<Candle> read(Path file, CandleFileFormat format, Symbol symbol, Timeframe timeframe)
            throws CandleImportException {
        CollectingSink sink = new CollectingSink(symbol, timeframe);
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            parser(format).parse(reader, timeframe, sink);
        } catch (NoSuchFileException e) {
            throw new CandleImportException(file + ": no such file");
        } catch (IOException e) {
            throw new CandleImportException(file + ": cannot be read, nothing imported: " + e, e);
        }
        if (sink.problemCount() > 0) {
            throw new CandleImportException(file + " (" + format.code() + ", " + symbol + " " + timeframe.code() + "): "
                    + sink.problemCount() + " problem(s), nothing imported: " + sink.problemText());
        }
        return sink.candles();
    }

    private static CandleFileParser parser(CandleFileFormat format) {
        return switch (format) {
            case CSV -> new NormalisedCsvParser();
            case BINANCE_CSV -> new BinanceKlineCsvParser();
            case BINANCE_JSON -> new BinanceKlineJsonParser();
        };
    }
}
