package io.wavegrid.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import javax.inject.Inject;

import io.wavegrid.engine.api.Engine;
import io.wavegrid.engine.api.PluginInfo;
import io.wavegrid.engine.api.PluginKind;
import io.wavegrid.engine.api.PluginState;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Timeframe;
import io.wavegrid.signal.api.AggregatedSignal;
import io.wavegrid.signal.api.Category;

import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.apache.karaf.features.BootFinished;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/** The distribution boots with its core features, serves the API and the page, and answers on the console. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PlatformIT {

    @Inject
    private BootFinished bootFinished;
    @Inject
    private BundleContext context;
    @Inject
    private FeaturesService features;
    @Inject
    private Engine engine;
    @Inject
    private SessionFactory sessions;

    @Configuration
    public Option[] config() {
        return WavegridDistribution.withDefaultFeed();
    }

    @Test
    public void bootsWithEveryCoreFeatureInstalledAndEveryWavegridBundleActive() throws Exception {
        for (String feature : List.of("wavegrid", "wavegrid-core", "wavegrid-console", "wavegrid-rest", "wavegrid-webapp",
                "wavegrid-analysis", "wavegrid-infra", "wavegrid-market-data", "wavegrid-market-data-console",
                "wavegrid-exchange-paper", "wavegrid-metrics", "wavegrid-persistence")) {
            assertTrue(feature + " installed", features.isInstalled(features.getFeature(feature)));
        }
        assertTrue("example strategy is pre-packed but not installed",
                !features.isInstalled(features.getFeature("wavegrid-strategy-example")));
        for (Bundle bundle : context.getBundles()) {
            if (bundle.getSymbolicName().startsWith("io.wavegrid.")) {
                assertEquals(bundle.getSymbolicName() + " active", Bundle.ACTIVE, bundle.getState());
            }
        }
        assertTrue(engine.status().running());
        assertTrue("the paper exchange is the default exchange", engine.plugins().stream()
                .anyMatch(p -> p.kind() == PluginKind.EXCHANGE_ADAPTER && p.name().equals("paper")));
    }

    @Test
    public void discoversEveryAnalysisPluginKindAndRunsItOnClosedCandles() throws Exception {
        Await.until("the analysis plugins in the runtime view", 30_000, () -> kinds().containsAll(List.of(PluginKind.INDICATOR,
                PluginKind.PATTERN_DETECTOR, PluginKind.LEVEL_PROVIDER, PluginKind.REGIME_DETECTOR, PluginKind.SIGNAL_CONTRIBUTOR)));
        Symbol symbol = Symbol.parse("XRP/USDT");
        for (int i = 0; i < 120; i++) {
            engine.submit(Candles.hourly(symbol, i));
        }
        long last = Candles.hourly(symbol, 119).openTime();
        Await.until("the aggregation of the 120th candle", 30_000, () -> engine.lastSignal("default", symbol, Timeframe.H1)
                .map(s -> s.time() == last).orElse(false));
        AggregatedSignal signal = engine.lastSignal("default", symbol, Timeframe.H1).orElseThrow();
        assertTrue("technical evidence after warm-up: " + signal, signal.contributions().stream()
                .anyMatch(c -> c.category() == Category.TECHNICAL));
        for (PluginInfo plugin : engine.plugins()) {
            assertEquals(plugin.name() + " raised no error: " + plugin.lastError(), 0, plugin.errorCount());
            assertEquals(plugin.name() + " is active", PluginState.ACTIVE, plugin.state());
        }
        assertTrue(engine.plugins().stream().anyMatch(p -> p.kind() == PluginKind.INDICATOR && p.lastCandleTime() >= last));
    }

    private java.util.Set<PluginKind> kinds() {
        return engine.plugins().stream().map(PluginInfo::kind).collect(java.util.stream.Collectors.toSet());
    }

    @Test
    public void outOfTheBoxTheEngineFollowsTheSyntheticMarket() throws Exception {
        Symbol btc = Symbol.parse("BTC/USDT");
        Await.until("aggregations of the synthetic BTCUSDT 1m and 1h series", 30_000,
                () -> engine.lastSignal("default", btc, Timeframe.M1).isPresent()
                        && engine.lastSignal("default", btc, Timeframe.H1).isPresent());
        long first = engine.lastSignal("default", btc, Timeframe.M1).orElseThrow().time();
        Await.until("the next synthetic 1m bar (one per second at 60x)", 30_000,
                () -> engine.lastSignal("default", btc, Timeframe.M1).orElseThrow().time() > first);
        assertTrue("warmed by the feed's history, technical analysis already contributes", engine.lastSignal("default", btc,
                Timeframe.M1).orElseThrow().contributions().stream().anyMatch(c -> c.category() == Category.TECHNICAL));
    }

    @Test
    public void servesThePluginViewAsJsonAndThePageAtTheRoot() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + System.getProperty("wavegrid.itest.httpPort");
        HttpResponse<String> api = http.send(HttpRequest.newBuilder(URI.create(base + "/api/plugins")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, api.statusCode());
        assertTrue(api.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue("a JSON array: " + api.body(), api.body().trim().startsWith("["));

        HttpResponse<String> ready = http.send(HttpRequest.newBuilder(URI.create(base + "/api/ready")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ready.statusCode());
        assertTrue(ready.body(), ready.body().contains("\"running\":true"));

        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<div id=\"root\""));
    }

    @Test
    public void theConsoleListsPluginsAndShowsProfileWeights() throws Exception {
        String plugins = execute("wavegrid:plugins");
        assertTrue(plugins, plugins.contains("Kind") && plugins.contains("Weight"));
        String weights = execute("wavegrid:weight default");
        assertTrue(weights, weights.contains("technical") && weights.contains("0.300"));
        List<PluginInfo> none = engine.plugins();
        assertNotNull(none);
        assertNull(engine.profiles().get(0).lastRejection());
    }

    private String execute(String command) throws Exception {
        return Console.execute(sessions, command);
    }
}
