package io.wavegrid.execution.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import io.wavegrid.infra.api.AuditLog;
import io.wavegrid.infra.api.ExecutionRepository;
import io.wavegrid.infra.api.HealthStatus;
import io.wavegrid.infra.api.JournaledOrder;
import io.wavegrid.infra.api.OrderJournal;
import io.wavegrid.infra.api.PositionRepository;
import io.wavegrid.infra.api.SignalRepository;
import io.wavegrid.market.api.Candle;
import io.wavegrid.market.api.MarketDataListener;
import io.wavegrid.signal.api.SignalLifecycle;
import io.wavegrid.signal.api.TradingSignal;
import io.wavegrid.signal.api.TradingSignalListener;
import io.wavegrid.trading.api.AccountSnapshot;
import io.wavegrid.trading.api.EmergencyReport;
import io.wavegrid.trading.api.ExchangeAdapter;
import io.wavegrid.trading.api.ExchangeException;
import io.wavegrid.trading.api.Order;
import io.wavegrid.trading.api.OrderManager;
import io.wavegrid.trading.api.Position;
import io.wavegrid.trading.api.PositionBook;
import io.wavegrid.trading.api.ReconciliationReport;
import io.wavegrid.trading.api.RiskManager;
import io.wavegrid.trading.api.TradeIntent;
import io.wavegrid.trading.api.TradeOutcome;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One account's order manager and position book, assembled from its parts; plain Java so the tests run it against
 * the real paper exchange and journal, and {@link ExecutionComponent} publishes it as services.
 */
final class Desk implements OrderManager, PositionBook, TradingSignalListener, MarketDataListener {

    /**
     * The services a desk works with.
     *
     * @param signalRecords  the signals' durable record, to find a trade's signal after a restart; null when none
     * @param storesSettling why the stores cannot be trusted to rebuild trades yet (see {@link StoreBackends}); null
     *                       when they can
     */
    record Services(ExchangeAdapter exchange, ExchangeTraits traits, RiskManager risk, SignalLifecycle signals,
                    SignalRepository signalRecords, OrderJournal journal, ExecutionRepository executions,
                    PositionRepository positions, AuditLog audit, String storesSettling) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(Desk.class);

    private final Parts parts;
    private final Executions executions;
    private final Protection protection;
    private final Entries entries;
    private final SignalIntake intake;
    private final Reconciler reconciler;
    private final EmergencyShutdown emergency;
    private final RecoveryReport recovery;
    private final String storesSettling;

    Desk(Settings settings, Services services, Clock wallClock, Pause pause) {
        AtomicBoolean halted = new AtomicBoolean();
        EngineClock clock = new EngineClock(wallClock);
        Audit audit = new Audit(services.audit(), clock);
        Ledger ledger = new Ledger(settings.account(), settings.quoteAsset());
        TradeRegistry trades = new TradeRegistry();
        BarWrites writes = new BarWrites();
        AccountJournal journal = new AccountJournal(settings.account(), services.journal(), writes);
        OrderGateway gateway = new OrderGateway(settings, services.exchange(), journal, audit, clock, wallClock, pause,
                halted::get);
        parts = new Parts(settings, services.exchange(), services.traits(), new Instruments(services.exchange()), gateway,
                journal, services.executions(), services.positions(), ledger, trades,
                new AccountView(settings.account(), ledger, new EquityWatch(), trades, clock), services.risk(),
                new Signals(services.signals(), services.signalRecords()), audit, clock, halted, writes);
        protection = new Protection(parts);
        executions = new Executions(parts, protection);
        entries = new Entries(parts, executions);
        intake = new SignalIntake(parts, entries);
        reconciler = new Reconciler(parts, entries, executions, intake);
        emergency = new EmergencyShutdown(parts);
        recovery = new RecoveryReport(parts);
        storesSettling = services.storesSettling();
    }

    /**
     * Restores the saved positions, takes the exchange's balances as the start, keeps a stored emergency stop in
     * force, rebuilds the trades that still hold something, then listens to the exchange (so every fill from then on
     * finds its trade).
     */
    void start() {
        String account = parts.settings().account();
        try {
            parts.ledger().restore(parts.positions().all(account));
        } catch (RuntimeException e) {
            LOG.error("Saved positions of {} unavailable; starting flat: {}", account, e.toString());
        }
        try {
            parts.ledger().baseline(parts.exchange().balances());
        } catch (ExchangeException e) {
            LOG.warn("Balances of {} unavailable at start ({}); reconciliation takes them later", account, e.getMessage());
        }
        haltIfRiskStopped(account);
        if (storesSettling == null) {
            parts.signals().keepEarlierKeys(id -> parts.journal().find(id).isPresent());
            List<String> missed = reconciler.missedFillsOfEndedOrders();
            if (!missed.isEmpty()) {
                LOG.warn("Account {}: fills of ended orders never recorded: {}", account, missed);
                parts.audit().record(Audit.SYSTEM, "order.reconcile", account, "at start: " + String.join("; ", missed));
            }
            new TradeRecovery(parts, protection, recovery).run();
        } else {
            recovery.deferred(storesSettling);
        }
        parts.exchange().setExecutionListener(executions);
        String refusal = parts.entryRefusal();
        if (refusal != null) {
            LOG.error("Account {}: {}", account, refusal);
        } else {
            LOG.info("Account {} trades on {} ({} entries{})", account, parts.traits().exchange(), parts.settings().entryType(),
                    parts.traits().simulated() ? ", simulated" : ", LIVE");
        }
    }

    /** The risk manager keeps its emergency stop across restarts; the halt flag shows it here until re-armed. */
    private void haltIfRiskStopped(String account) {
        try {
            if (parts.risk().emergencyStopped()) {
                parts.halted().set(true);
                LOG.warn("Account {} starts halted: the risk manager's emergency stop is in force until re-armed", account);
            }
        } catch (RuntimeException e) {
            LOG.warn("Risk manager could not tell whether its emergency stop is in force: {}", e.toString());
        }
    }

    void stop() {
        try {
            parts.exchange().setExecutionListener(null);
        } catch (RuntimeException e) {
            LOG.debug("Exchange refused to drop the execution listener: {}", e.toString());
        }
    }

    /** The exchange's fills and updates enter here (also what {@link #start} registers with the exchange). */
    Executions executionListener() {
        return executions;
    }

    @Override
    public String account() {
        return parts.settings().account();
    }

    @Override
    public TradeOutcome execute(TradeIntent intent) {
        if (intent == null) {
            throw new IllegalArgumentException("trade intent is missing");
        }
        try {
            return entries.execute(intent, false);
        } catch (RuntimeException e) {
            LOG.error("Intent {} failed", intent.signalId(), e);
            return TradeOutcome.rejected(intent.signalId(), null, "execution failed: " + e);
        }
    }

    @Override
    public Order cancel(String clientOrderId, String actor) throws ExchangeException {
        JournaledOrder journaled = parts.journal().find(clientOrderId).filter(j -> j.account().equals(account()))
                .orElseThrow(() -> new IllegalArgumentException("account " + account() + " has no order " + clientOrderId));
        if (journaled.order().status().isTerminal()) {
            throw new IllegalArgumentException("order " + clientOrderId + " is already " + journaled.order().status());
        }
        Order cancelled = parts.exchange().cancel(journaled.order().request().symbol(), clientOrderId);
        parts.audit().record(actor == null || actor.isBlank() ? "unknown" : actor, "order.cancel", clientOrderId, "by request");
        parts.gateway().updates().apply(cancelled);
        executions.route(cancelled);
        return cancelled;
    }

    @Override
    public List<Order> openOrders() {
        return parts.journal().open().stream().map(JournaledOrder::order).toList();
    }

    @Override
    public ReconciliationReport reconcile() {
        return reconciler.run();
    }

    @Override
    public EmergencyReport emergencyShutdown(boolean closePositions, String actor) {
        return emergency.shutdown(closePositions, actor);
    }

    @Override
    public void rearm(String actor) {
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("re-arming needs the actor who asks for it");
        }
        parts.risk().rearm(actor);
        parts.halted().set(false);
        parts.audit().record(actor, "emergency.rearm", account(), "new orders allowed again");
        LOG.warn("Account {} re-armed by {}", account(), actor);
    }

    /** This order manager's halt, or the risk manager's emergency stop (kept across restarts): either refuses orders. */
    @Override
    public boolean emergencyStopped() {
        return parts.halted().get() || riskStopped();
    }

    private boolean riskStopped() {
        try {
            return parts.risk().emergencyStopped();
        } catch (RuntimeException e) {
            LOG.warn("Risk manager could not tell whether its emergency stop is in force: {}", e.toString());
            return false;
        }
    }

    @Override
    public List<Position> positions() {
        return parts.ledger().positions();
    }

    @Override
    public AccountSnapshot snapshot() {
        return parts.view().snapshot();
    }

    @Override
    public void onTradingSignal(TradingSignal signal) {
        try {
            intake.onSignal(signal);
        } catch (RuntimeException e) {
            LOG.error("Signal {} ({}) not handled", signal.id(), signal.status(), e);
        }
    }

    /**
     * The engine begins a bar on this thread: until {@link #afterBar}, the stores' writes that need not precede an
     * order (the exchange's fills, positions, journal updates) wait, so the orders of the bar go out first.
     */
    @Override
    public void beforeBar(Candle candle) {
        parts.writes().begin();
    }

    /** The bar's orders are out: its waiting writes are written now, in the order they came. */
    @Override
    public void afterBar(Candle candle) {
        parts.writes().end();
    }

    /** A closed candle on its symbol's kernel thread: marks, protections, then the risk assessment. */
    @Override
    public void onCandle(Candle candle) {
        try {
            parts.clock().advanceTo(candle.closeTime());
            BigDecimal close = BigDecimal.valueOf(candle.close());
            parts.ledger().mark(candle.symbol(), close);
            for (Trade trade : parts.trades().open(candle.symbol())) {
                if (!trade.protectionStarted() && trade.entryWorking() && !trade.closesPosition && Protection.crossed(trade, candle)) {
                    entries.cancelEntry(trade, "the stop traded before the entry filled");
                } else if (trade.entryStarted() && !trade.closesPosition && trade.entryOverdue(candle.closeTime())) {
                    // Its signal is EXECUTED (so the engine's expiry passes it by); the rest not bought by then is not wanted.
                    entries.cancelEntry(trade, "its signal expired before the entry completed");
                } else {
                    protection.onCandle(trade, candle);
                }
            }
            parts.risk().assess(parts.view().observedContext(close, parts.instruments().cached(candle.symbol()).orElse(null)));
        } catch (RuntimeException e) {
            LOG.error("Execution failed on the {} {} candle at {}", candle.symbol(), candle.timeframe().code(), candle.openTime(), e);
        }
    }

    /**
     * DOWN when live trading is refused; DEGRADED during an emergency stop (this order manager's or the risk
     * manager's) or while a position holds a trade the restart could not rebuild; else UP. Several reasons are joined.
     */
    HealthStatus health() {
        boolean liveRefused = !parts.traits().simulated() && !parts.settings().liveEnabled();
        List<String> problems = new ArrayList<>();
        if (liveRefused) {
            problems.add(parts.liveRefusal());
        }
        if (parts.halted().get()) {
            problems.add("emergency shutdown in force: new orders are refused until re-armed");
        } else if (riskStopped()) {
            problems.add("the risk manager's emergency stop is in force: every order is refused until re-armed");
        }
        String unmanaged = recovery.open();
        if (unmanaged != null) {
            problems.add(unmanaged);
        }
        if (problems.isEmpty()) {
            return new HealthStatus(HealthStatus.State.UP, "trading " + account() + " on " + parts.traits().exchange(),
                    parts.clock().now());
        }
        return new HealthStatus(liveRefused ? HealthStatus.State.DOWN : HealthStatus.State.DEGRADED, String.join(" | ", problems),
                parts.clock().now());
    }
}
