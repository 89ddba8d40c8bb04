package io.wavegrid.marketdata.command.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Timeframe;
import io.wavegrid.marketdata.CandleFileFormat;
import io.wavegrid.marketdata.CandleImport;
import io.wavegrid.marketdata.ImportResult;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

@Service
@Command(scope = "wavegrid", name = "data-import", description = "Imports a candle file into the candle store, all or nothing")
public class DataImportCommand implements Action {

    @Reference
    CandleImport importer;

    @Reference
    Session session;

    @Argument(index = 0, name = "file", required = true, description = "Path of the file")
    String file;

    @Argument(index = 1, name = "symbol", required = true, description = "Symbol, e.g. BTCUSDT or BTC/USDT")
    String symbol;

    @Argument(index = 2, name = "timeframe", required = true, description = "Timeframe of the file's bars, e.g. 1m, 1h")
    String timeframe;

    @Option(name = "--format", description = "csv, binance-csv or binance-json; by default guessed from the file")
    String format;

    @Override
    public Object execute() throws Exception {
        Path path = Paths.get(file);
        CandleFileFormat chosen = format != null ? CandleFileFormat.parse(format) : guess(path);
        ImportResult result = importer.importFile(path, chosen, Symbol.parse(symbol), Timeframe.parse(timeframe));
        session.getConsole().printf("imported %d %s %s candles (%s) from %s to %s; %d gap(s) inside%n", result.candles(),
                result.symbol(), result.timeframe().code(), chosen.code(),
                result.firstOpen() < 0 ? "-" : TimeArgument.format(result.firstOpen()),
                result.lastOpen() < 0 ? "-" : TimeArgument.format(result.lastOpen()), result.gaps());
        return null;
    }

    /** .json is Binance's REST answer; a CSV whose first data row has 12 columns is Binance's kline file. */
    static CandleFileFormat guess(Path path) throws IOException {
        if (path.getFileName().toString().toLowerCase().endsWith(".json")) {
            return CandleFileFormat.BINANCE_JSON;
        }
        try (BufferedReader in = Files.newBufferedReader(path)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank() && Character.isDigit(line.strip().charAt(0))) {
                    return line.split(",").length == 12 ? CandleFileFormat.BINANCE_CSV : CandleFileFormat.CSV;
                }
            }
        }
        return CandleFileFormat.CSV;
    }
}
