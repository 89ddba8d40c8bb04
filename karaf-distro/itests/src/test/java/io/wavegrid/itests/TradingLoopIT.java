package io.wavegrid.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.inject.Inject;

import io.wavegrid.engine.api.Engine;
import io.wavegrid.infra.api.ExecutionRepository;
import io.wavegrid.market.api.Candle;
import io.wavegrid.market.api.Side;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.signal.api.SignalLifecycle;
import io.wavegrid.signal.api.SignalStatus;
import io.wavegrid.signal.api.TradingSignal;
import io.wavegrid.signal.api.TradingSignalListener;
import io.wavegrid.trading.api.AccountSnapshot;
import io.wavegrid.trading.api.Balance;
import io.wavegrid.trading.api.ExchangeAdapter;
import io.wavegrid.trading.api.Fill;
import io.wavegrid.trading.api.OrderManager;
import io.wavegrid.trading.api.Position;
import io.wavegrid.trading.api.PositionBook;
import io.wavegrid.trading.api.ReconciliationReport;

import org.apache.karaf.features.BootFinished;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.MethodSorters;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.OptionUtils;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerMethod;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;

/**
 * The whole trading loop in the real distribution: replayed candles → analysis → signals → risk → paper
 * orders → fills → positions and P&amp;L. Each test method boots a fresh distribution and replays the same
 * candles; the second compares its trades with the first's, so the loop is shown to be deterministic.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerMethod.class)
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class TradingLoopIT {

    /** Same for both methods: they share the driver JVM, whose pid names this build's fingerprint folder. */
    private static final File RUN_DIR = new File("target/trading-loop-" + ProcessHandle.current().pid()).getAbsoluteFile();
    private static final Symbol BTC = Symbol.parse("BTCUSDT");
    private static final int BARS = 1500;

    @Inject
    private BootFinished bootFinished;
    @Inject
    private BundleContext context;
    @Inject
    private Engine engine;
    @Inject
    private SignalLifecycle signals;
    private OrderManager orders;
    private PositionBook book;
    private ExecutionRepository executions;
    @Inject
    @Filter("(exchange=paper)")
    private ExchangeAdapter paper;

    @Configuration
    public Option[] config() {
        return OptionUtils.combine(WavegridDistribution.options(),
                editConfigurationFilePut("etc/io.wavegrid.engine.cfg", "shards", "1"),
                systemProperty("wavegrid.itest.runDir").value(RUN_DIR.getPath()));
    }

    @Test
    public void a_replayedMarketTradesThroughRiskAndPaperOrdersIntoConsistentPositions() throws Exception {
        writeFingerprint("first", replay());
    }

    @Test
    public void b_theSameCandlesGiveTheSameSignalsOrdersAndFills() throws Exception {
        String second = replay();
        writeFingerprint("second", second);
        Path first = Path.of(System.getProperty("wavegrid.itest.runDir"), "first.txt");
        assertTrue("the first run's fingerprint is missing: run the whole class", Files.isRegularFile(first));
        assertEquals(Files.readString(first), second);
    }

    /**
     * The order manager as it trades by default: on the database's journal and repositories, which replace the
     * in-memory ones once the database is migrated (the manager is re-registered then).
     */
    private void awaitTradingOnTheDatabase() throws Exception {
        Await.until("the order manager on the database", 120_000, () -> {
            ServiceReference<ExecutionRepository> database = reference(ExecutionRepository.class, "(infra.backend=database)");
            ServiceReference<OrderManager> manager = reference(OrderManager.class, null);
            return database != null && manager != null
                    && (Long) manager.getProperty(Constants.SERVICE_ID) > (Long) database.getProperty(Constants.SERVICE_ID);
        });
        orders = context.getService(reference(OrderManager.class, null));
        book = context.getService(reference(PositionBook.class, null));
        executions = context.getService(reference(ExecutionRepository.class, "(infra.backend=database)"));
    }

    private <S> ServiceReference<S> reference(Class<S> type, String filter) {
        try {
            var found = context.getServiceReferences(type, filter);
            return found.isEmpty() ? null : found.iterator().next();
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Replays the market and checks the books balance; returns what the run did, in order. */
    private String replay() throws Exception {
        awaitTradingOnTheDatabase();
        List<TradingSignal> events = Collections.synchronizedList(new ArrayList<>());
        ServiceRegistration<TradingSignalListener> listening = context.registerService(TradingSignalListener.class,
                events::add, null);
        try {
            long before = engine.status().candlesProcessed();
            for (Candle candle : MarketScript.hourly(BTC, BARS, 20261125L, 30_000)) {
                engine.submit(candle);
            }
            Await.until("the replay to be processed", 120_000,
                    () -> engine.status().candlesProcessed() >= before + BARS && engine.status().queued() == 0);
        } finally {
            listening.unregister();
        }
        List<TradingSignal> raised = events.stream().filter(s -> s.status() == SignalStatus.PENDING).toList();
        assertTrue("the replay raises signals: " + raised.size(), raised.size() >= 3);
        assertTrue("some signals are executed: " + events, events.stream().anyMatch(s -> s.status() == SignalStatus.EXECUTED));
        java.util.Map<String, SignalStatus> last = new java.util.HashMap<>();
        for (TradingSignal s : events) {
            SignalStatus previous = last.put(s.id(), s.status());
            assertTrue("signal " + s.id() + " heard in lifecycle order: " + previous + " then " + s.status(),
                    previous == null ? s.status() == SignalStatus.PENDING : previous.canMoveTo(s.status()));
            if (s.status() == SignalStatus.REJECTED || s.status() == SignalStatus.CANCELLED) {
                assertTrue("a refusal carries its reason: " + s, !s.reason().isBlank());
            }
        }

        List<Fill> fills = new ArrayList<>(executions.recent(orders.account(), 100_000));
        Collections.reverse(fills);
        assertTrue("orders were filled", !fills.isEmpty());
        Set<String> tradeIds = new HashSet<>();
        BigDecimal held = BigDecimal.ZERO;
        for (Fill fill : fills) {
            assertTrue("fill " + fill.tradeId() + " applied once", tradeIds.add(fill.tradeId()));
            BigDecimal baseFee = "BTC".equals(fill.feeAsset()) ? fill.fee() : BigDecimal.ZERO;
            held = fill.side() == Side.BUY ? held.add(fill.quantity()).subtract(baseFee) : held.subtract(fill.quantity());
        }
        BigDecimal position = book.positions().stream().filter(p -> p.symbol().equals(BTC)).map(Position::quantity)
                .findFirst().orElse(BigDecimal.ZERO);
        assertEquals("the position is the sum of the fills", 0, held.compareTo(position));
        BigDecimal exchangeHolds = paper.balances().stream().filter(b -> b.asset().equals("BTC")).map(Balance::total)
                .findFirst().orElse(BigDecimal.ZERO);
        assertEquals("the exchange holds what the position says", 0, exchangeHolds.compareTo(position));
        ReconciliationReport report = orders.reconcile();
        assertTrue("the order manager and the exchange agree: " + report, report.clean());
        AccountSnapshot account = book.snapshot();
        assertTrue("equity is positive: " + account, account.equity().signum() > 0);

        StringBuilder fingerprint = new StringBuilder();
        for (TradingSignal s : events) {
            fingerprint.append("signal ").append(s.id()).append(' ').append(s.direction()).append(' ')
                    .append(s.status()).append(' ').append(s.entry().toPlainString()).append(' ')
                    .append(s.stopLoss().toPlainString()).append(' ').append(s.reason()).append('\n');
        }
        for (Fill f : fills) {
            fingerprint.append("fill ").append(f.clientOrderId()).append(' ').append(f.side()).append(' ')
                    .append(f.quantity().toPlainString()).append(" @ ").append(f.price().toPlainString()).append(" fee ")
                    .append(f.fee().toPlainString()).append(' ').append(f.feeAsset()).append(' ').append(f.time()).append('\n');
        }
        fingerprint.append("position ").append(position.toPlainString()).append('\n');
        fingerprint.append("balance ").append(account.balance().toPlainString()).append(" equity ")
                .append(account.equity().toPlainString()).append('\n');
        return fingerprint.toString();
    }

    private static void writeFingerprint(String name, String fingerprint) throws IOException {
        Path dir = Path.of(System.getProperty("wavegrid.itest.runDir"));
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(name + ".txt"), fingerprint, StandardCharsets.UTF_8);
    }
}
