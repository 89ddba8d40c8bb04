package io.wavegrid.marketdata.internal.importer;

import static io.wavegrid.marketdata.Bars.BTC;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import io.wavegrid.market.api.Timeframe;
import io.wavegrid.marketdata.CandleFileFormat;
import io.wavegrid.marketdata.ImportResult;
import io.wavegrid.marketdata.InMemoryCandleStore;
import io.wavegrid.exchange.testkit.SharedData;

import org.junit.jupiter.api.Test;

/** Imports the real Binance files of {@code ../shared/data} (skipped when absent). */
class RealDataImportTest {

    private final InMemoryCandleStore store = new InMemoryCandleStore();
    private final CandleFileImporter importer = new CandleFileImporter(store);

    @Test
    void sixYearsOfHourlyBarsWithTheirRealOutages() throws Exception {
        Path file = SharedData.require("ohlcv/binance-spot/nic-tradingstrategyga-mit/BTCUSDT-1h-20170817-20240421.csv");
        ImportResult result = importer.importFile(file, CandleFileFormat.CSV, BTC, Timeframe.H1);
        assertEquals(58_419, result.candles());
        assertTrue(result.gaps() > 0 && result.gaps() <= 128, "gaps: " + result.gaps());
    }

    @Test
    void binanceDocumentedKlineResponse() throws Exception {
        // the documentation's example row is a weekly bar (close - open + 1 = 7 days)
        for (String sample : new String[] {"api-samples/binance/binance-spot-api-docs-examples/rest-api/012_Kline_Candlestick_data.json",
                "api-samples/binance/nautilus-docs-derived/spot/http_json/klines_response.json"}) {
            Path file = SharedData.require(sample);
            ImportResult result = importer.importFile(file, CandleFileFormat.BINANCE_JSON, BTC, Timeframe.W1);
            assertEquals(1, result.candles(), sample);
            assertEquals(1_499_040_000_000L, result.firstOpen());
        }
    }

    @Test
    void fiveMinuteBarsOfSeveralSymbols() throws Exception {
        for (String symbol : new String[] {"BTC", "ETH", "SOL", "XRP"}) {
            Path file = SharedData.require("ohlcv/binance-spot/genetrader-mit/" + symbol + "USDT-5m-2024.csv");
            ImportResult result = importer.importFile(file, CandleFileFormat.CSV, new io.wavegrid.market.api.Symbol(symbol, "USDT"), Timeframe.M5);
            assertTrue(result.candles() > 70_000, symbol + ": " + result);
        }
    }
}
