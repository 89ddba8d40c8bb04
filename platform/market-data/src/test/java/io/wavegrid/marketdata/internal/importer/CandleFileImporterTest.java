package io.wavegrid.marketdata.internal.importer;

import static io.wavegrid.marketdata.Bars.BTC;
import static io.wavegrid.marketdata.Bars.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.wavegrid.market.api.Candle;
import io.wavegrid.market.api.Timeframe;
import io.wavegrid.marketdata.CandleFileFormat;
import io.wavegrid.marketdata.CandleImportException;
import io.wavegrid.marketdata.ImportResult;
import io.wavegrid.marketdata.InMemoryCandleStore;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CandleFileImporterTest {

    private static final long H = 3_600_000;

    @TempDir
    Path dir;

    private final InMemoryCandleStore store = new InMemoryCandleStore();
    private final CandleFileImporter importer = new CandleFileImporter(store);

    @Test
    void normalisedCsvWithHeader() throws Exception {
        Path file = write("n.csv", "open_time_ms,open,high,low,close,volume\n"
                + T0 + ",42283.58,42554.57,42261.02,42475.23,1271.68108\n"
                + (T0 + H) + ",42475.23,42775,42431.65,42613.56,1196.37856\n");

        ImportResult result = importer.importFile(file, CandleFileFormat.CSV, BTC, Timeframe.H1);

        assertEquals(new ImportResult(BTC, Timeframe.H1, 2, T0, T0 + H, 0), result);
        assertEquals(new Candle(BTC, Timeframe.H1, T0 + H, 42475.23, 42775, 42431.65, 42613.56, 1196.37856),
                store.range(BTC, Timeframe.H1, T0, T0 + 2 * H).get(1));
    }

    @Test
    void binanceCsvInMillisecondsAndMicrosecondsWithGapCounted() throws Exception {
        long micros = (T0 + 2 * H) * 1000;
        Path file = write("b.csv",
                T0 + ",42283.58,42554.57,42261.02,42475.23,1271.68108," + (T0 + H - 1) + ",53957248.97,47134,682.57581,28957416.82,0\n"
                + micros + ",42475.23,42775.00,42431.65,42613.56,1196.37856," + (micros + H * 1000 - 1)
                + ",50984893.87,43876,580.27313,24735963.93,0\n");

        ImportResult result = importer.importFile(file, CandleFileFormat.BINANCE_CSV, BTC, Timeframe.H1);

        assertEquals(2, result.candles());
        assertEquals(1, result.gaps());
        assertEquals(T0 + 2 * H, store.latestOpenTime(BTC, Timeframe.H1).getAsLong());
    }

    @Test
    void binanceRestJsonWithStringPrices() throws Exception {
        Path file = write("k.json", "[\n  [" + T0 + ", \"0.01634790\", \"0.80000000\", \"0.01575800\", \"0.01577100\", "
                + "\"148976.11427815\", " + (T0 + 59_999) + ", \"2434.19055334\", 308, \"1756.87402397\", \"28.46694368\", \"0\"],\n"
                + "  [" + (T0 + 60_000) + ", \"0.01577100\", \"0.01600000\", \"0.01570000\", \"0.01590000\", \"10.5\", "
                + (T0 + 119_999) + ", \"1\", 3, \"1\", \"1\", \"0\"]\n]\n");

        ImportResult result = importer.importFile(file, CandleFileFormat.BINANCE_JSON, BTC, Timeframe.M1);

        assertEquals(2, result.candles());
        assertEquals(0.8, store.range(BTC, Timeframe.M1, T0, T0 + 1).get(0).high());
    }

    @Test
    void brokenCsvNamesEveryLineAndStoresNothing() throws IOException {
        Path file = write("bad.csv", "open_time_ms,open,high,low,close,volume\n"
                + T0 + ",10,11,9,10.5,1\n"
                + (T0 + H) + ",10,11,9,10.5\n"
                + (T0 + 2 * H) + ",10,abc,9,10.5,1\n"
                + (T0 + 3 * H) + ",10,9,9,10.5,1\n"
                + (T0 + 3 * H) + ",10,11,9,10.5,1\n"
                + (T0 + 3 * H) + ",10,11,9,10.5,1\n"
                + (T0 + 4 * H + 7) + ",10,11,9,10.5,1\n");

        CandleImportException e = assertThrows(CandleImportException.class,
                () -> importer.importFile(file, CandleFileFormat.CSV, BTC, Timeframe.H1));

        String m = e.getMessage();
        assertTrue(m.contains("5 problem(s), nothing imported"), m);
        assertTrue(m.contains("line 3: expected 6 columns"), m);
        assertTrue(m.contains("line 4: not a number: For input string: \"abc\""), m);
        assertTrue(m.contains("line 5: high 9.0 is below open/close"), m);
        assertTrue(m.contains("line 7: duplicate open time"), m);
        assertTrue(m.contains("line 8: open time " + (T0 + 4 * H + 7) + " is not aligned to 1h"), m);
        assertEquals(0, store.size(BTC, Timeframe.H1));
        assertEquals(0, store.upsertCalls());
    }

    @Test
    void wrongHeaderOrTimeframeIsNamed() throws IOException {
        Path csv = write("h.csv", "time,o,h,l,c,v\n" + T0 + ",10,11,9,10.5,1\n");
        assertTrue(assertThrows(CandleImportException.class,
                () -> importer.importFile(csv, CandleFileFormat.CSV, BTC, Timeframe.H1)).getMessage()
                .contains("line 1: unexpected header 'time,o,h,l,c,v'"));

        Path binance = write("b.csv", T0 + ",1,2,0.5,1.5,3," + (T0 + 59_999) + ",1,1,1,1,0\n");
        String m = assertThrows(CandleImportException.class,
                () -> importer.importFile(binance, CandleFileFormat.BINANCE_CSV, BTC, Timeframe.H1)).getMessage();
        assertTrue(m.contains("line 1: bar spans 60000 ms") && m.contains("wrong timeframe"), m);
    }

    @Test
    void malformedJsonIsLocatedAndNothingStored() throws IOException {
        Path truncated = write("t.json", "[\n[" + T0 + ",\"1\",\"2\",\"0.5\",\"1.5\",\"3\"," + (T0 + 59_999)
                + ",\"1\",1,\"1\",\"1\",\"0\"],\n[" + (T0 + 60_000) + ",\"1\",\"2\"");
        String m = assertThrows(CandleImportException.class,
                () -> importer.importFile(truncated, CandleFileFormat.BINANCE_JSON, BTC, Timeframe.M1)).getMessage();
        assertTrue(m.contains("line 3: malformed JSON"), m);

        Path shortRow = write("s.json", "[[" + T0 + ",\"1\",\"2\",\"0.5\",\"1.5\"],\n {\"a\":1}]");
        m = assertThrows(CandleImportException.class,
                () -> importer.importFile(shortRow, CandleFileFormat.BINANCE_JSON, BTC, Timeframe.M1)).getMessage();
        assertTrue(m.contains("line 1: expected 12 elements in a kline, found 5"), m);
        assertTrue(m.contains("line 2: expected a kline array, found START_OBJECT"), m);

        Path object = write("o.json", "{\"code\":-1121,\"msg\":\"Invalid symbol.\"}");
        m = assertThrows(CandleImportException.class,
                () -> importer.importFile(object, CandleFileFormat.BINANCE_JSON, BTC, Timeframe.M1)).getMessage();
        assertTrue(m.contains("line 1: expected a JSON array of klines, found START_OBJECT"), m);
        assertEquals(0, store.upsertCalls());
    }

    @Test
    void storeFailureSurfacesAsImportFailure() throws IOException {
        Path file = write("n.csv", T0 + ",10,11,9,10.5,1\n");
        store.failNextUpserts(new IllegalStateException("database is read-only"));
        String m = assertThrows(CandleImportException.class,
                () -> importer.importFile(file, CandleFileFormat.CSV, BTC, Timeframe.H1)).getMessage();
        assertTrue(m.contains("refused the batch, nothing imported: database is read-only"), m);
    }

    @Test
    void missingFileIsReported() {
        Path missing = dir.resolve("nope.csv");
        assertEquals(missing + ": no such file", assertThrows(CandleImportException.class,
                () -> importer.importFile(missing, CandleFileFormat.CSV, BTC, Timeframe.H1)).getMessage());
    }

    @Test
    void reimportIsIdempotent() throws Exception {
        Path file = write("n.csv", T0 + ",10,11,9,10.5,1\n" + (T0 + H) + ",10,11,9,10.5,2\n");
        importer.importFile(file, CandleFileFormat.CSV, BTC, Timeframe.H1);
        importer.importFile(file, CandleFileFormat.CSV, BTC, Timeframe.H1);
        List<Candle> stored = store.range(BTC, Timeframe.H1, T0, T0 + 2 * H);
        assertEquals(2, stored.size());
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }
}
