package io.wavegrid.bench;

import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.CoreOptions.vmOption;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Dictionary;
import java.util.Hashtable;

import javax.inject.Inject;

import io.wavegrid.engine.api.Engine;
import io.wavegrid.infra.api.OrderJournal;
import io.wavegrid.itests.Candles;
import io.wavegrid.itests.ContainerState;
import io.wavegrid.itests.MarketScript;
import io.wavegrid.itests.WavegridDistribution;
import io.wavegrid.market.api.MarketDataListener;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Timeframe;
import io.wavegrid.signal.api.SignalListener;
import io.wavegrid.trading.api.ExchangeAdapter;
import io.wavegrid.trading.api.OrderManager;

import org.apache.karaf.features.BootFinished;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.OptionUtils;
import org.ops4j.pax.exam.ProbeBuilder;
import org.ops4j.pax.exam.TestProbeBuilder;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;

/**
 * Candle close to order sent, inside the kernel of the real distribution with the whole analysis set, risk,
 * execution and the paper exchange: a clock that hears each bar first (highest ranking) starts the timer, the
 * exchange the order manager sends to stops it. The baseline in the same run is the analysis alone: the
 * same clock to the bar's aggregation. Also the loop's throughput over the whole replay.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class TradingLoopBench {

    private static final Symbol SYMBOL = Symbol.parse("BTCUSDT");

    @Inject
    private BootFinished bootFinished;
    @Inject
    private BundleContext context;
    @Inject
    private Engine engine;
    @Inject
    @Filter("(exchange=paper)")
    private ExchangeAdapter paper;

    @ProbeBuilder
    public TestProbeBuilder probe(TestProbeBuilder probe) {
        probe.addTest(MarketScript.class);
        probe.addTest(Candles.class);
        probe.addTest(ContainerState.class);
        probe.addTest(TimedExchange.class);
        probe.addTest(TimedJournal.class);
        probe.addTest(ReportingListener.class);
        probe.addTest(LatencySamples.class);
        probe.addTest(BarClock.class);
        probe.addTest(NoiseFloor.class);
        return probe;
    }

    @Configuration
    public Option[] config() {
        String flightRecording = System.getProperty("loop.jfr", "");
        Option[] options = OptionUtils.combine(WavegridDistribution.options(),
                editConfigurationFilePut("etc/io.wavegrid.engine.cfg", "shards", "1"),
                editConfigurationFilePut("etc/io.wavegrid.execution.cfg", "exchange.target", "(exchange=timed)"),
                editConfigurationFilePut("etc/io.wavegrid.exchange.paper.cfg", "balances", "USDT:1000000000"),
                // Limits that never halt: the benchmark measures the path of orders, not the risk state.
                editConfigurationFilePut("etc/io.wavegrid.risk.cfg", "max.daily.loss", "1"),
                editConfigurationFilePut("etc/io.wavegrid.risk.cfg", "max.drawdown", "1"),
                systemProperty("loop.candles").value(System.getProperty("loop.candles", "1000000")),
                // Orders are rare (about 2.6 per 100 candles), so the order manager's methods reach the JIT's top tier only after
                // a few hundred thousand orders' worth of calls: with 200,000 warm-up candles they were still being compiled
                // during the timed part, and that made the tail (p99 141 us against 51 us after 3,000,000, same code).
                systemProperty("loop.warmup").value(System.getProperty("loop.warmup", "3000000")),
                systemProperty("loop.store").value(System.getProperty("loop.store", "database")),
                systemProperty("loop.heap").value(System.getProperty("loop.heap", "1g")),
                systemProperty("loop.gc").value(System.getProperty("loop.gc", "jvm")),
                systemProperty("bench.out").value(System.getProperty("bench.out")));
        // -Dloop.jfr=file records the run with Java Flight Recorder, to see where the loop spends its time.
        if (!flightRecording.isEmpty()) {
            options = OptionUtils.combine(options, vmOption("-XX:StartFlightRecording=settings=profile,filename=" + flightRecording));
        }
        if (Boolean.getBoolean("loop.keep")) {
            // -Dloop.keep=true keeps target/exam/<run> with its data/log/karaf.log for a look at what the loop did.
            options = OptionUtils.combine(options, org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder());
        }
        // The heap bin/setenv gives the server (fixed, touched once at start); -Dloop.heap=jvm leaves the JVM's sizing.
        String heap = System.getProperty("loop.heap", "1g");
        if (!heap.equals("jvm")) {
            options = OptionUtils.combine(options, vmOption("-Xms" + heap), vmOption("-Xmx" + heap), vmOption("-XX:+AlwaysPreTouch"));
        }
        // -Dloop.gc=parallel, g1 or zgc chooses the collector; jvm (the default) leaves the JVM its own, as bin/setenv does.
        switch (System.getProperty("loop.gc", "jvm")) {
            case "parallel" -> options = OptionUtils.combine(options, vmOption("-XX:+UseParallelGC"));
            case "g1" -> options = OptionUtils.combine(options, vmOption("-XX:+UseG1GC"));
            case "zgc" -> options = OptionUtils.combine(options, vmOption("-XX:+UseZGC"));
            default -> {
            }
        }
        // -Dloop.db.options=";WRITE_DELAY=2000" tries other H2 settings: the datasource file is written whole, since the
        // feature does not overwrite a file that is there.
        String dbOptions = System.getProperty("loop.db.options", "");
        if (!dbOptions.isEmpty()) {
            String file = "etc/org.ops4j.datasource-wavegrid.cfg";
            options = OptionUtils.combine(options,
                    editConfigurationFilePut(file, "osgi.jdbc.driver.name", "H2 JDBC Driver"),
                    editConfigurationFilePut(file, "dataSourceName", "wavegrid"),
                    editConfigurationFilePut(file, "url", "jdbc:h2:file:${karaf.data}/wavegrid/wavegrid;DB_CLOSE_ON_EXIT=FALSE" + dbOptions),
                    editConfigurationFilePut(file, "user", "sa"),
                    editConfigurationFilePut(file, "password", ""),
                    editConfigurationFilePut(file, "pool", "dbcp2"),
                    editConfigurationFilePut(file, "xa", "false"),
                    editConfigurationFilePut(file, "pool.maxTotal", "8"),
                    editConfigurationFilePut(file, "pool.testOnBorrow", "true"),
                    editConfigurationFilePut(file, "factory.poolStatements", "true"),
                    editConfigurationFilePut(file, "factory.maxOpenPreparedStatements", "64"));
        }
        // -Dloop.vm="-XX:... ..." tries other JVM options.
        for (String extra : System.getProperty("loop.vm", "").trim().split("\\s+")) {
            if (!extra.isEmpty()) {
                options = OptionUtils.combine(options, vmOption(extra));
            }
        }
        return options;
    }

    @Test
    public void candleCloseToOrderSent() throws Exception {
        int candles = Integer.getInteger("loop.candles");
        int warmup = Integer.getInteger("loop.warmup");
        String store = System.getProperty("loop.store");
        if (store.equals("memory")) {
            // The order journal, repositories and audit log of the in-memory defaults instead of the database.
            for (org.osgi.framework.Bundle bundle : context.getBundles()) {
                if ("io.wavegrid.persistence".equals(bundle.getSymbolicName())) {
                    bundle.stop();
                }
            }
        }
        BarClock clock = new BarClock(warmup + candles);
        Dictionary<String, Object> clockProps = new Hashtable<>();
        clockProps.put("exchange", "bench-clock");
        clockProps.put(Constants.SERVICE_RANKING, Integer.MAX_VALUE);
        context.registerService(MarketDataListener.class, candle -> clock.barShown(), clockProps);
        context.registerService(SignalListener.class, signal -> clock.aggregationPublished(), null);
        ServiceReference<ExchangeAdapter> paperRef = context.getServiceReferences(ExchangeAdapter.class, "(exchange=paper)")
                .iterator().next();
        Dictionary<String, Object> timedProps = new Hashtable<>();
        for (String key : paperRef.getPropertyKeys()) {
            if (key.startsWith("capability.")) {
                timedProps.put(key, paperRef.getProperty(key));
            }
        }
        timedProps.put("exchange", "timed");
        context.registerService(ExchangeAdapter.class, new TimedExchange(paper, clock), timedProps);
        String backend = store.equals("memory") ? "memory" : "database";
        long deadline = System.currentTimeMillis() + 120_000;
        Collection<ServiceReference<OrderJournal>> journals;
        while ((journals = context.getServiceReferences(OrderJournal.class, "(infra.backend=" + backend + ")")).isEmpty()) {
            if (System.currentTimeMillis() >= deadline) {
                fail("the " + backend + " journal is not registered after 120 s" + ContainerState.describe(context, "io.wavegrid.persistence"));
            }
            Thread.sleep(50);
        }
        Dictionary<String, Object> journalProps = new Hashtable<>();
        journalProps.put("infra.backend", backend);
        journalProps.put("bench", "timed");
        journalProps.put(Constants.SERVICE_RANKING, Integer.MAX_VALUE);
        context.registerService(OrderJournal.class, new TimedJournal(context.getService(journals.iterator().next()), clock), journalProps);
        while (!tradingOn(backend)) {
            assertTrue("the order manager binds to the timed exchange and the " + backend + " journal",
                    System.currentTimeMillis() < deadline);
            Thread.sleep(50);
        }

        long processedBefore = engine.status().candlesProcessed();
        // One series: the warm-up bars, then the timed ones, so the timed bars meet a warmed-up, mid-market state.
        int[] submitted = {0};
        MarketScript.generate(SYMBOL, Timeframe.M1, warmup + candles, 7L, 30_000, candle -> {
            if (submitted[0]++ == warmup) {
                awaitProcessed(processedBefore + warmup);
                clock.startTimedPart();
            }
            engine.submit(candle);
        });
        awaitProcessed(processedBefore + warmup + candles);
        double seconds = (System.nanoTime() - clock.timedFrom) / 1e9;
        long compiledDuringTimedPart = ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - clock.compilationAtTimedStart;
        LatencySamples noise = NoiseFloor.measure(100_000);
        String report = String.format(
                "Trading loop over %,d replayed 1m candles after %,d warm-up candles (full analysis set, risk, execution, paper exchange,"
                        + " one shard, %s journal, heap %s, collector %s):%n"
                        + "  candle close -> order sent, every order: %s (goal p99 <= 100 us)%n"
                        + "    the shard thread's own CPU time in it: %s%n"
                        + "    its own journal entry, written before its send: %s%n"
                        + "    the order without the journal entries of its bar: %s%n"
                        + "    of which entries sent after the bar's analysis: %s%n"
                        + "    and their part from the aggregation to the send: %s%n"
                        + "  orders sent before the analysis after the exchange reported a fill, from its first report: %s%n"
                        + "  baseline, candle close -> aggregation, every bar: %s%n"
                        + "  ratio order over baseline: p50 %.2f, p99 %.2f%n"
                        + "  machine's spread, one fixed piece of work timed alike: %s, p99/p50 %.1f (orders: %.1f)%n"
                        + "  throughput of the whole loop, timed part: %,.0f candles/s (%.1f s)%n"
                        + "  JIT compilation during the timed part: %,d ms of compiler threads' time%n",
                candles, warmup, store, System.getProperty("loop.heap"), System.getProperty("loop.gc"), clock.orders.summary(),
                clock.ordersOnCpu.summary(), clock.journalEntries.summary(), clock.ordersWithoutEntries.summary(),
                clock.entryOrders.summary(), clock.aggregationToOrder.summary(), clock.reportToOrder.summary(),
                clock.analysis.summary(), clock.orders.percentileMicros(50) / clock.analysis.percentileMicros(50),
                clock.orders.percentileMicros(99) / clock.analysis.percentileMicros(99), noise.summary(),
                noise.percentileMicros(99) / noise.percentileMicros(50), clock.orders.percentileMicros(99) / clock.orders.percentileMicros(50),
                candles / seconds, seconds, compiledDuringTimedPart);
        StringBuilder kinds = new StringBuilder("  every order by kind (and how many took more than the goal's 100 us; %,d of all orders may):%n"
                .formatted(clock.orders.size() / 100));
        clock.byKind.forEach((kind, samples) -> kinds.append("    %s: %s (%,d over 100 us)%n".formatted(kind, samples.summary(),
                samples.countAbove(100))));
        kinds.append("  the order manager's handling of each exchange report on the shard thread:%n".formatted());
        clock.reportHandling.forEach((kind, samples) -> kinds.append("    %s: %s%n".formatted(kind, samples.summary())));
        report += kinds;
        StringBuilder collections = new StringBuilder("  garbage collections during the timed part:");
        ManagementFactory.getGarbageCollectorMXBeans().forEach(gc -> {
            long[] before = clock.gcAtTimedStart.getOrDefault(gc.getName(), new long[2]);
            collections.append(String.format(" %s %,d (%,d ms);", gc.getName(), gc.getCollectionCount() - before[0],
                    gc.getCollectionTime() - before[1]));
        });
        report += collections + "%n".formatted();
        System.out.print(report);
        Files.writeString(Path.of(System.getProperty("bench.out"), "bench-trading-loop-" + store + ".txt"), report);
        assertTrue("orders were sent: " + clock.orders.size(), clock.orders.size() > 0);
    }

    private void awaitProcessed(long candlesProcessed) {
        while (engine.status().candlesProcessed() < candlesProcessed || engine.status().queued() > 0) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted waiting for the shard to process the candles", e);
            }
        }
    }

    /** The order manager is registered after the timed journal of the wanted backend, so it is bound to it. */
    private boolean tradingOn(String backend) throws Exception {
        var journals = context.getServiceReferences(OrderJournal.class, "(&(infra.backend=" + backend + ")(bench=timed))");
        var managers = context.getServiceReferences(OrderManager.class, null);
        var databases = context.getServiceReferences(OrderJournal.class, "(&(infra.backend=database)(!(bench=timed)))");
        if (journals.isEmpty() || managers.isEmpty() || (backend.equals("memory") && !databases.isEmpty())) {
            return false;
        }
        long manager = (Long) managers.iterator().next().getProperty(Constants.SERVICE_ID);
        return manager > (Long) journals.iterator().next().getProperty(Constants.SERVICE_ID);
    }
}
