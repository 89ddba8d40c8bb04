package io.wavegrid.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import javax.inject.Inject;

import io.wavegrid.market.api.Candle;
import io.wavegrid.market.api.CandleStore;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Timeframe;

import org.apache.karaf.features.BootFinished;
import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * What the import round trip tests share: the persistence feature installed in the real distribution, files of
 * the three formats imported with {@code wavegrid:data-import} and read back through the {@link CandleStore}
 * service, and a broken file that names its line and stores nothing.
 */
abstract class CandleImportRoundTrip {

    static final String FEATURE = "wavegrid-persistence";
    static final String BUNDLE = "io.wavegrid.persistence";
    static final long WAIT_MS = 60_000;

    @Inject
    protected BootFinished bootFinished;
    @Inject
    protected BundleContext context;
    @Inject
    protected FeaturesService features;
    @Inject
    protected SessionFactory sessions;

    void installPersistence() throws Exception {
        if (!features.isInstalled(features.getFeature(FEATURE))) {
            features.installFeature(FEATURE, EnumSet.noneOf(FeaturesService.Option.class));
        }
        Await.until("the persistence candle store", WAIT_MS, () -> candleStore().isPresent(),
                () -> ContainerState.describe(context, BUNDLE));
    }

    /** Imports one file per format (each under its own symbol) and compares what the store gives back. */
    void importsEveryFormatAndReadsItBack(String tag) throws Exception {
        Path dir = Files.createDirectories(Path.of(System.getProperty("karaf.data"), "import-it-" + tag));
        Symbol csvSymbol = Symbol.parse("SOL/USDT");
        Symbol binanceCsvSymbol = Symbol.parse("XRP/USDT");
        Symbol jsonSymbol = Symbol.parse("BNB/USDT");
        List<Candle> viaCsv = ImportFiles.candles(csvSymbol, 95.5);
        List<Candle> viaBinanceCsv = ImportFiles.candles(binanceCsvSymbol, 6.1);
        List<Candle> viaJson = ImportFiles.candles(jsonSymbol, 310.2);

        assertImported(ImportFiles.csv(dir, viaCsv), "SOLUSDT", "csv", viaCsv);
        assertImported(ImportFiles.binanceCsv(dir, viaBinanceCsv), "XRPUSDT", "binance-csv", viaBinanceCsv);
        assertImported(ImportFiles.binanceJson(dir, viaJson), "BNB/USDT", "binance-json", viaJson);
    }

    void brokenFileNamesItsLineAndStoresNothing(String tag) throws Exception {
        Path dir = Files.createDirectories(Path.of(System.getProperty("karaf.data"), "import-it-broken-" + tag));
        Symbol ada = Symbol.parse("ADA/USDT");
        Path broken = ImportFiles.brokenCsv(dir, ImportFiles.candles(ada, 45.0));
        try {
            String out = Console.execute(sessions, "wavegrid:data-import --format csv " + broken + " ADAUSDT 1m");
            fail("a broken file was accepted: " + out);
        } catch (Exception e) {
            assertTrue("the error names line 3: " + e.getMessage(), e.getMessage().contains("line 3"));
            assertTrue("and says nothing was imported: " + e.getMessage(), e.getMessage().contains("nothing imported"));
        }
        assertEquals("nothing of the broken file stored", List.of(), candleStore().orElseThrow()
                .range(ada, Timeframe.M1, ImportFiles.ORIGIN, ImportFiles.ORIGIN + ImportFiles.BARS * 60_000L));
    }

    private void assertImported(Path file, String symbol, String format, List<Candle> expected) throws Exception {
        String out = Console.execute(sessions, "wavegrid:data-import --format " + format + " " + file + " " + symbol + " 1m");
        assertTrue(format + ": " + out, out.contains("imported " + ImportFiles.BARS + " "));
        List<Candle> stored = candleStore().orElseThrow().range(expected.get(0).symbol(), Timeframe.M1, ImportFiles.ORIGIN,
                ImportFiles.ORIGIN + ImportFiles.BARS * 60_000L);
        assertEquals(format + " round trip", expected, stored);
    }

    /** The candle store registered by the persistence bundle. */
    Optional<CandleStore> candleStore() {
        try {
            Collection<ServiceReference<CandleStore>> refs = context.getServiceReferences(CandleStore.class, null);
            return refs.stream().filter(r -> BUNDLE.equals(r.getBundle().getSymbolicName())).findFirst().map(context::getService);
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
