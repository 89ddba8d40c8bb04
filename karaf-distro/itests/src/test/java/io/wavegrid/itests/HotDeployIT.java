package io.wavegrid.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.util.Dictionary;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import javax.inject.Inject;

import io.wavegrid.engine.api.Engine;
import io.wavegrid.engine.api.PluginState;
import io.wavegrid.engine.api.ProfileStatus;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Timeframe;
import io.wavegrid.signal.api.AggregatedSignal;
import io.wavegrid.signal.api.Category;
import io.wavegrid.signal.api.ContributorScore;

import org.apache.karaf.features.BootFinished;
import org.apache.karaf.features.FeaturesService;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * The platform's promise, end to end in the real distribution: a strategy feature installed while the
 * engine runs is discovered, warmed from history and contributes to the very next candle; a weight
 * changed through Config Admin is used from the next aggregation; an invalid configuration is refused
 * and the old one keeps running; uninstalling removes it. The core bundles are never restarted.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class HotDeployIT {

    private static final String STRATEGY = "example-momentum";
    private static final Symbol SYMBOL = Symbol.parse("SOL/USDT");
    private static final long WAIT_MS = 30_000;

    @Inject
    private BootFinished bootFinished;
    @Inject
    private BundleContext context;
    @Inject
    private FeaturesService features;
    @Inject
    private Engine engine;
    @Inject
    private ConfigurationAdmin configAdmin;

    private int next;

    @Configuration
    public Option[] config() {
        return WavegridDistribution.options();
    }

    @Test
    public void aStrategyComesContributesIsReweightedSurvivesABadConfigurationAndGoes() throws Exception {
        Map<String, Long> coreBefore = coreBundleStarts();
        long engineServiceId = engineServiceId();
        for (int i = 0; i < 30; i++) {
            engine.submit(Candles.hourly(SYMBOL, next++));
        }
        assertFalse(contributes(feed()));

        features.installFeature("wavegrid-strategy-example", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        Await.until(STRATEGY + " active in the runtime view", WAIT_MS, () -> engine.plugins().stream()
                .anyMatch(p -> p.name().equals(STRATEGY) && p.state() == PluginState.ACTIVE));
        ContributorScore first = contribution(feed());
        assertEquals("warmed from history, it contributes on the first candle after arriving", Category.STRATEGY,
                first.category());
        assertEquals(1.0, first.weight(), 0);

        org.osgi.service.cm.Configuration profile = ProfileConfig.defaultProfile(configAdmin);
        long revision = revision();
        profile.update(ProfileConfig.with(profile.getProperties(), "contributor." + STRATEGY + ".weight", "3.5"));
        awaitRevisionAfter(revision);
        assertEquals(3.5, contribution(feed()).weight(), 0);

        Dictionary<String, Object> good = profile.getProperties();
        revision = revision();
        profile.update(ProfileConfig.with(good, "weight.strategy", "-2"));
        ProfileStatus rejected = awaitRevisionAfter(revision);
        assertNotNull("a negative weight is rejected", rejected.lastRejection());
        assertTrue(rejected.lastRejection(), rejected.lastRejection().contains("weight.strategy: weight must not be negative"));
        assertEquals(3.5, contribution(feed()).weight(), 0);
        revision = revision();
        profile.update(good);
        awaitRevisionAfter(revision);

        features.uninstallFeature("wavegrid-strategy-example", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        Await.until(STRATEGY + " gone from the runtime view", WAIT_MS,
                () -> engine.plugins().stream().noneMatch(p -> p.name().equals(STRATEGY)));
        assertFalse(contributes(feed()));

        assertEquals("core bundles never restarted", coreBefore, coreBundleStarts());
        assertEquals("the engine service was never re-registered", engineServiceId, engineServiceId());
        // A candle counts once its bar is done, a moment after its aggregation is published.
        Await.until(next + " candles processed", WAIT_MS, () -> engine.status().candlesProcessed() >= next);
        assertEquals("every candle processed exactly once", next, engine.status().candlesProcessed());
    }

    /** Submits the next candle and returns the default profile's aggregation of exactly that candle. */
    private AggregatedSignal feed() throws InterruptedException {
        long time = Candles.hourly(SYMBOL, next).openTime();
        engine.submit(Candles.hourly(SYMBOL, next++));
        Await.until("aggregation of the candle at " + time, WAIT_MS, () -> engine.lastSignal("default", SYMBOL, Timeframe.H1)
                .map(s -> s.time() == time).orElse(false));
        return engine.lastSignal("default", SYMBOL, Timeframe.H1).orElseThrow();
    }

    private static boolean contributes(AggregatedSignal signal) {
        return signal.contributions().stream().anyMatch(c -> c.contributor().equals(STRATEGY));
    }

    private static ContributorScore contribution(AggregatedSignal signal) {
        Optional<ContributorScore> mine = signal.contributions().stream().filter(c -> c.contributor().equals(STRATEGY)).findFirst();
        assertTrue(STRATEGY + " contributes to " + signal, mine.isPresent());
        return mine.get();
    }

    private long revision() {
        return status().revision();
    }

    private ProfileStatus status() {
        return engine.profiles().stream().filter(p -> p.name().equals("default")).findFirst().orElseThrow();
    }

    private ProfileStatus awaitRevisionAfter(long revision) throws InterruptedException {
        Await.until("the engine to apply or refuse the profile change", WAIT_MS, () -> status().revision() > revision);
        return status();
    }

    /** Bundle id → last modification time of the core bundles: an update or reinstall would change it. */
    private Map<String, Long> coreBundleStarts() {
        Map<String, Long> starts = new HashMap<>();
        for (Bundle b : context.getBundles()) {
            String name = b.getSymbolicName();
            if (name.startsWith("io.wavegrid.") && !name.equals("io.wavegrid.example-momentum")) {
                assertEquals(name + " active", Bundle.ACTIVE, b.getState());
                starts.put(name + "#" + b.getBundleId(), b.getLastModified());
            }
        }
        assertFalse(starts.isEmpty());
        return starts;
    }

    private long engineServiceId() {
        ServiceReference<Engine> ref = context.getServiceReference(Engine.class);
        return (Long) ref.getProperty(Constants.SERVICE_ID);
    }
}
