package io.wavegrid.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import javax.inject.Inject;

import io.wavegrid.engine.api.Engine;
import io.wavegrid.engine.api.PluginInfo;
import io.wavegrid.engine.api.PluginState;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Timeframe;

import org.apache.karaf.features.BootFinished;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;

/**
 * An operator upgrades a capability from the console while the engine runs: adds a newer feature
 * repository and installs the newer version of the feature. The new bundle version replaces the old in
 * the runtime view and contributes at once; the engine keeps its state.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class UpgradeIT {

    private static final String STRATEGY = "example-momentum";
    private static final Symbol SYMBOL = Symbol.parse("ADA/USDT");
    private static final String NEXT = "0.1.1.upgrade";

    @Inject
    private BootFinished bootFinished;
    @Inject
    private BundleContext context;
    @Inject
    private Engine engine;
    @Inject
    private SessionFactory sessions;

    private int next;

    @Configuration
    public Option[] config() {
        return WavegridDistribution.options();
    }

    @Test
    public void aNewerFeatureRepositoryUpgradesAStrategyInPlace() throws Exception {
        Await.quiet(context, 60_000);
        Console.execute(sessions, "feature:install wavegrid-strategy-example");
        Await.until("the first version active", 30_000, () -> strategy() != null && strategy().state() == PluginState.ACTIVE);
        String firstVersion = strategy().version();
        for (int i = 0; i < 20; i++) {
            engine.submit(Candles.hourly(SYMBOL, next++));
        }
        Object engineId = context.getServiceReference(Engine.class).getProperty(Constants.SERVICE_ID);
        long processed = awaitProcessed(next);

        Path repository = newerRepository();
        Console.execute(sessions, "feature:repo-add " + repository.toUri());
        String out = Console.execute(sessions, "feature:install --upgrade wavegrid-strategy-example/" + NEXT);
        Await.until("the upgraded version in the runtime view: " + out, 30_000,
                () -> strategy() != null && strategy().version().equals(NEXT) && strategy().state() == PluginState.ACTIVE);
        assertTrue("the old version is gone", engine.plugins().stream()
                .noneMatch(p -> p.name().equals(STRATEGY) && p.version().equals(firstVersion)));

        long time = Candles.hourly(SYMBOL, next).openTime();
        engine.submit(Candles.hourly(SYMBOL, next++));
        Await.until("an aggregation of the next candle with the new version", 30_000, () -> engine.lastSignal("default", SYMBOL,
                Timeframe.H1).map(s -> s.time() == time && s.contributions().stream().anyMatch(c -> c.contributor().equals(STRATEGY)))
                .orElse(false));
        assertEquals("the engine service was never re-registered", engineId,
                context.getServiceReference(Engine.class).getProperty(Constants.SERVICE_ID));
        assertEquals("the kernel kept counting: no restart", processed + 1, awaitProcessed(next));
    }

    private long awaitProcessed(long expected) throws InterruptedException {
        Await.until(expected + " candles processed", 30_000, () -> engine.status().candlesProcessed() >= expected);
        return engine.status().candlesProcessed();
    }

    private PluginInfo strategy() {
        return engine.plugins().stream().filter(p -> p.name().equals(STRATEGY)).findFirst().orElse(null);
    }

    /**
     * A feature repository of a later release: the same strategy bundle re-versioned through Karaf's wrap
     * handler stands in for a rebuilt one.
     */
    private Path newerRepository() throws Exception {
        String version = System.getProperty("wavegrid.version", "0.1.0-SNAPSHOT");
        String xml = "<features name=\"wavegrid-upgrade-" + NEXT + "\" xmlns=\"http://karaf.apache.org/xmlns/features/v1.6.0\">\n"
                + "  <feature name=\"wavegrid-strategy-example\" version=\"" + NEXT + "\">\n"
                + "    <feature>scr</feature>\n"
                + "    <bundle>wrap:mvn:io.wavegrid/example-momentum/" + version + "$Bundle-Version=" + NEXT
                + "&amp;overwrite=merge</bundle>\n"
                + "  </feature>\n</features>\n";
        Path file = Path.of(System.getProperty("karaf.data"), "wavegrid-features-" + NEXT + ".xml");
        Files.writeString(file, xml);
        return file;
    }
}
