package io.wavegrid.execution.internal;

import static org.osgi.service.component.annotations.ReferencePolicyOption.GREEDY;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.wavegrid.infra.api.AuditLog;
import io.wavegrid.infra.api.ExecutionRepository;
import io.wavegrid.infra.api.HealthCheck;
import io.wavegrid.infra.api.HealthStatus;
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

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The account's order manager as services: {@link OrderManager}, {@link PositionBook}, the
 * {@link TradingSignalListener} that turns new signals into orders, the {@link MarketDataListener} the engine calls
 * with each closed candle ({@code wavegrid.role=execution}) and a {@link HealthCheck}. The exchange is chosen by
 * {@code exchange.target}; a configuration change restarts the component, and the journal carries the orders over.
 * Reconciliation runs at activation and every interval on its own thread.
 */
@Component(configurationPid = "io.wavegrid.execution", configurationPolicy = ConfigurationPolicy.OPTIONAL,
        service = {OrderManager.class, PositionBook.class, TradingSignalListener.class, MarketDataListener.class, HealthCheck.class},
        property = "wavegrid.role=execution", immediate = true)
@Designate(ocd = ExecutionConfig.class)
public class ExecutionComponent implements OrderManager, PositionBook, TradingSignalListener, MarketDataListener, HealthCheck {

    private static final Logger LOG = LoggerFactory.getLogger(ExecutionComponent.class);

    private final Desk desk;
    private final ScheduledExecutorService reconciliation;

    /**
     * The journal and repositories are taken greedily: the database's (ranking 0) replace the in-memory
     * defaults (-100) as soon as the database is migrated, which at start-up is before any order is sent. The signal
     * repository is optional: it only helps rebuild, after a restart, the trades of signals already executed.
     */
    @Activate
    public ExecutionComponent(ExecutionConfig config,
                              @Reference(name = "exchange", target = "(exchange=paper)") Map.Entry<Map<String, Object>, ExchangeAdapter> exchange,
                              @Reference RiskManager risk, @Reference SignalLifecycle signals,
                              @Reference(policyOption = GREEDY) Map.Entry<Map<String, Object>, OrderJournal> journal,
                              @Reference(policyOption = GREEDY) Map.Entry<Map<String, Object>, ExecutionRepository> executions,
                              @Reference(policyOption = GREEDY) Map.Entry<Map<String, Object>, PositionRepository> positions,
                              @Reference(policyOption = GREEDY) AuditLog audit,
                              @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = GREEDY)
                              Map.Entry<Map<String, Object>, SignalRepository> signalRecords) {
        Settings settings = Settings.of(config);
        ExchangeTraits traits = ExchangeTraits.of(exchange.getKey());
        String storesSettling = new StoreBackends().with("order journal", journal.getKey()).with("executions", executions.getKey())
                .with("positions", positions.getKey()).with("signals", signalRecords == null ? null : signalRecords.getKey())
                .mismatch();
        desk = new Desk(settings, new Desk.Services(exchange.getValue(), traits, risk, signals,
                signalRecords == null ? null : signalRecords.getValue(), journal.getValue(), executions.getValue(),
                positions.getValue(), audit, storesSettling), Clock.systemUTC(), Pause.SLEEP);
        desk.start();
        reconciliation = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "wavegrid-reconcile-" + settings.account());
            t.setDaemon(true);
            return t;
        });
        reconciliation.scheduleWithFixedDelay(this::reconcileQuietly, 0, settings.reconcileInterval().toSeconds(), TimeUnit.SECONDS);
    }

    private void reconcileQuietly() {
        try {
            desk.reconcile();
        } catch (RuntimeException e) {
            LOG.error("Reconciliation of {} failed", desk.account(), e);
        }
    }

    @Deactivate
    void deactivate() {
        reconciliation.shutdownNow();
        desk.stop();
    }

    @Override
    public String account() {
        return desk.account();
    }

    @Override
    public TradeOutcome execute(TradeIntent intent) {
        return desk.execute(intent);
    }

    @Override
    public Order cancel(String clientOrderId, String actor) throws ExchangeException {
        return desk.cancel(clientOrderId, actor);
    }

    @Override
    public List<Order> openOrders() {
        return desk.openOrders();
    }

    @Override
    public ReconciliationReport reconcile() {
        return desk.reconcile();
    }

    @Override
    public EmergencyReport emergencyShutdown(boolean closePositions, String actor) {
        return desk.emergencyShutdown(closePositions, actor);
    }

    @Override
    public void rearm(String actor) {
        desk.rearm(actor);
    }

    @Override
    public boolean emergencyStopped() {
        return desk.emergencyStopped();
    }

    @Override
    public List<Position> positions() {
        return desk.positions();
    }

    @Override
    public AccountSnapshot snapshot() {
        return desk.snapshot();
    }

    @Override
    public void onTradingSignal(TradingSignal signal) {
        desk.onTradingSignal(signal);
    }

    @Override
    public void onCandle(Candle candle) {
        desk.onCandle(candle);
    }

    @Override
    public void beforeBar(Candle candle) {
        desk.beforeBar(candle);
    }

    @Override
    public void afterBar(Candle candle) {
        desk.afterBar(candle);
    }

    @Override
    public String name() {
        return "execution";
    }

    @Override
    public HealthStatus check() {
        return desk.health();
    }
}
