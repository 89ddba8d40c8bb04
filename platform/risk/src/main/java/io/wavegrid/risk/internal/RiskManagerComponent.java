package io.wavegrid.risk.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Map;

import io.wavegrid.infra.api.AuditLog;
import io.wavegrid.trading.api.OrderRequest;
import io.wavegrid.trading.api.RiskContext;
import io.wavegrid.trading.api.RiskDecision;
import io.wavegrid.trading.api.RiskLimits;
import io.wavegrid.trading.api.RiskManager;
import io.wavegrid.trading.api.RiskRule;
import io.wavegrid.trading.api.RiskStatus;
import io.wavegrid.trading.api.TradeIntent;
import io.wavegrid.trading.api.TradingState;

import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The account's risk manager. Sizing and validation read two volatile snapshots (settings, trading state) and take no
 * lock, so shard threads never wait on each other here; every decision is audited with its inputs. Limits come from
 * {@code etc/io.wavegrid.risk.cfg} (optional) and change live; an invalid change is refused whole. The emergency stop
 * and the trading state are stored in Config Admin ({@value RiskStateStore#PID}) and restored at activation.
 */
@Component(service = RiskManager.class, configurationPid = RiskSettings.PID, immediate = true)
public class RiskManagerComponent implements RiskManager {

    private static final Logger LOG = LoggerFactory.getLogger(RiskManagerComponent.class);

    private final RiskAudit audit;
    private final Clock clock;
    private final RuleChain rules = new RuleChain();
    private final TradingStateMachine machine = new TradingStateMachine();
    private final EmergencySwitch emergency = new EmergencySwitch();
    private final RiskStateStore stateStore = new RiskStateStore();
    private final DurableState durable;
    private final OperatorActions operator;
    private volatile RiskSettings settings = RiskSettings.defaults();
    private volatile ConfigurationAdmin configAdmin;
    private volatile boolean active;

    /** For DS: the audit log is bound, then {@link #activate} applies the configuration. */
    public RiskManagerComponent() {
        this(Clock.systemUTC());
    }

    RiskManagerComponent(Clock clock) {
        this.audit = new RiskAudit();
        this.clock = clock;
        this.durable = new DurableState(stateStore, emergency, machine, audit, clock);
        this.operator = new OperatorActions(audit, clock, machine, emergency, durable);
    }

    /** Ready to use without OSGi and without Config Admin: the audit log bound and the configuration applied. */
    RiskManagerComponent(AuditLog auditLog, Map<String, Object> config, Clock clock) {
        this(auditLog, null, config, clock);
    }

    /** Ready to use without OSGi: the audit log and Config Admin (may be null) bound, the configuration applied. */
    RiskManagerComponent(AuditLog auditLog, ConfigurationAdmin configAdmin, Map<String, Object> config, Clock clock) {
        this(clock);
        bindAuditLog(auditLog);
        if (configAdmin != null) {
            bindConfigAdmin(configAdmin);
        }
        activate(config);
    }

    /** Applies the configuration, then brings back the stored emergency stop and trading state. */
    @Activate
    public void activate(Map<String, Object> config) {
        configure(config);
        durable.restore();
        active = true;
        LOG.info("Risk manager active with {}", settings);
    }

    /**
     * Config Admin stores limits set at run time and the risk state. Normally bound before activation; one that
     * arrives later has its stored state merged in at once (on the safe side, see {@link DurableState}).
     */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindConfigAdmin(ConfigurationAdmin admin) {
        configAdmin = admin;
        stateStore.use(admin);
        if (active) {
            durable.restore();
        }
    }

    void unbindConfigAdmin(ConfigurationAdmin admin) {
        stateStore.release(admin);
        if (configAdmin == admin) {
            configAdmin = null;
        }
    }

    @Modified
    void modified(Map<String, Object> config) {
        configure(config);
    }

    /**
     * Dynamic and greedy: when the database audit log arrives after the in-memory one, entries go there from then on
     * without restarting this component, whose trading state and emergency stop are held in memory (and stored).
     */
    @Reference(policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    public void bindAuditLog(AuditLog auditLog) {
        audit.use(auditLog);
    }

    public void unbindAuditLog(AuditLog auditLog) {
        audit.release(auditLog);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addRule(RiskRule rule) {
        rules.add(rule);
        LOG.info("Risk rules now {}", rules.names());
    }

    void removeRule(RiskRule rule) {
        rules.remove(rule);
        LOG.info("Risk rules now {}", rules.names());
    }

    @Override
    public RiskDecision sizeEntry(TradeIntent intent, RiskContext context) {
        RiskSettings current = settings;
        RiskDecision decision;
        EntrySizer.Sized sized = null;
        String problem = intent == null ? "no trade intent given" : ContextCheck.forEntry(context, intent.symbol());
        RiskDecision blocked = entriesBlocked();
        if (blocked != null) {
            decision = blocked;
        } else if (problem != null) {
            decision = RiskDecision.reject("context", problem);
        } else {
            sized = EntrySizer.size(intent, context, current.limits(), current.feeReserve());
            decision = sized.decision();
        }
        Detail detail = new Detail();
        if (intent != null) {
            detail.put("strategy", intent.strategy()).put("symbol", intent.symbol().code()).put("side", intent.side())
                    .put("entry", intent.entry()).put("stop", intent.stopLoss()).put("stopDistance", intent.stopDistance());
        }
        RiskAudit.putAccount(detail, context).put("maxRiskPerTrade", current.limits().maxRiskPerTrade())
                .put("riskAmount", sized == null ? null : sized.riskAmount())
                .put("formulaQuantity", sized == null ? null : sized.formulaQuantity());
        record(RiskAudit.SIZE, intent == null ? "" : intent.signalId(), context, detail, decision);
        return decision;
    }

    @Override
    public RiskDecision validate(OrderRequest order, boolean reducesPosition, RiskContext context) {
        RiskDecision decision = judge(order, reducesPosition, context);
        Detail detail = new Detail();
        if (order != null) {
            detail.put("symbol", order.symbol().code()).put("side", order.side()).put("type", order.type())
                    .put("requested", order.quantity()).put("price", order.price()).put("stopPrice", order.stopPrice());
        }
        detail.put("reducesPosition", reducesPosition);
        RiskAudit.putAccount(detail, context);
        record(RiskAudit.VALIDATE, order == null ? "" : order.clientOrderId(), context, detail, decision);
        return decision;
    }

    private RiskDecision judge(OrderRequest order, boolean reducesPosition, RiskContext context) {
        RiskDecision stopped = emergencyStopRejection();
        if (stopped != null) {
            return stopped;
        }
        if (order == null || context == null) {
            return RiskDecision.reject("context", order == null ? "no order given" : "no risk context given");
        }
        if (reducesPosition) {
            return rules.evaluate(order, context);
        }
        RiskDecision blocked = entriesBlocked();
        if (blocked != null) {
            return blocked;
        }
        String problem = ContextCheck.forEntry(context, order.symbol());
        if (problem != null) {
            return RiskDecision.reject("context", problem);
        }
        RiskSettings current = settings;
        Sizing sizing = EntryOrderCheck.check(order, context, current.limits(), current.feeReserve());
        if (!sizing.rejected()) {
            RiskDecision ruled = rules.evaluate(EntryOrderCheck.withQuantity(order, sizing.quantity()), context);
            if (ruled.verdict() == RiskDecision.Verdict.REJECT) {
                sizing.reject(ruled.rule(), ruled.reason());
            } else if (ruled.verdict() == RiskDecision.Verdict.RESIZE) {
                sizing.lower(Sizing.round(ruled.quantity(), context.rules()), ruled.rule(), ruled.reason());
            }
        }
        return sizing.decision("validate");
    }

    /** A rejection when no entry may be opened now (emergency stop, trading not ACTIVE), else null. */
    private RiskDecision entriesBlocked() {
        RiskDecision stopped = emergencyStopRejection();
        if (stopped != null) {
            return stopped;
        }
        TradingStateMachine.View view = machine.view();
        if (!view.state().allowsEntries()) {
            return RiskDecision.reject("state", "trading is " + view.state() + " (" + view.cause()
                    + "); only orders that reduce a position are allowed until the reset");
        }
        return null;
    }

    private RiskDecision emergencyStopRejection() {
        EmergencySwitch.Stop stop = emergency.current();
        return stop == null ? null : RiskDecision.reject("emergency", stop + "; every order is refused until re-armed");
    }

    private void record(String action, String target, RiskContext context, Detail detail, RiskDecision decision) {
        detail.put("state", machine.view().state()).put("verdict", decision.verdict()).put("quantity", decision.quantity())
                .put("rule", decision.rule()).put("reason", decision.reason());
        audit.record(context != null && context.time() != null ? context.time() : clock.instant(), RiskAudit.SYSTEM,
                action, target, detail);
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} {}: {}", action, target, detail);
        }
    }

    @Override
    public TradingState assess(RiskContext context) {
        return operator.assess(context, settings.limits());
    }

    @Override
    public TradingState state() {
        return machine.view().state();
    }

    @Override
    public RiskLimits limits() {
        return settings.limits();
    }

    @Override
    public RiskStatus status() {
        TradingStateMachine.View view = machine.view();
        EmergencySwitch.Stop stop = emergency.current();
        return new RiskStatus(view.state(), view.cause() == null ? "" : view.cause().toString(), view.since(),
                settings.limits(), stop != null, stop == null ? "" : stop.toString());
    }

    @Override
    public void setLimits(RiskLimits limits, String actor) {
        OperatorActions.requireText("actor", actor);
        if (limits == null) {
            throw new IllegalArgumentException("risk limits are required");
        }
        RiskSettings before = settings;
        RiskSettings after = new RiskSettings(limits, before.feeReserve());
        settings = after;
        operator.limitsChanged(actor, before, after);
        LimitsStore.save(configAdmin, after);
    }

    /** Applies a configuration from Config Admin, or refuses it whole and keeps the current settings. */
    private void configure(Map<String, Object> config) {
        RiskSettings before = settings;
        RiskSettings after;
        try {
            after = RiskSettings.parse(config);
        } catch (IllegalArgumentException e) {
            operator.configurationRefused(before, e.getMessage());
            return;
        }
        if (!after.sameAs(before)) {
            settings = after;
            operator.limitsChanged("config", before, after);
        }
    }

    @Override
    public void reset(String actor, String reason) {
        operator.reset(actor, reason);
    }

    @Override
    public boolean emergencyStopped() {
        return emergency.current() != null;
    }

    @Override
    public void emergencyStop(String actor, String reason) {
        operator.emergencyStop(actor, reason);
    }

    @Override
    public void rearm(String actor) {
        operator.rearm(actor);
    }

    BigDecimal feeReserve() {
        return settings.feeReserve();
    }
}
