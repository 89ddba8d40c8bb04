package io.wavegrid.risk.internal;

import java.time.Clock;
import java.time.Instant;

import io.wavegrid.trading.api.RiskContext;
import io.wavegrid.trading.api.RiskLimits;
import io.wavegrid.trading.api.TradingState;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything that changes the risk manager's state rather than judging one order: assessments, resets, the emergency
 * switch and limit changes. Each change is logged, stored (emergency stop and trading state, see {@link DurableState})
 * and audited with whether it was stored; storing and auditing happen after the state machine's lock is released.
 */
final class OperatorActions {

    private static final Logger LOG = LoggerFactory.getLogger(OperatorActions.class);
    private static final String TARGET = "trading-state";

    private final RiskAudit audit;
    private final Clock clock;
    private final TradingStateMachine machine;
    private final EmergencySwitch emergency;
    private final DurableState durable;

    OperatorActions(RiskAudit audit, Clock clock, TradingStateMachine machine, EmergencySwitch emergency, DurableState durable) {
        this.audit = audit;
        this.clock = clock;
        this.machine = machine;
        this.emergency = emergency;
        this.durable = durable;
    }

    TradingState assess(RiskContext context, RiskLimits limits) {
        String problem = ContextCheck.forAssessment(context);
        if (problem != null) {
            TradingState state = machine.view().state();
            LOG.warn("Risk assessment refused, trading state stays {}: {}", state, problem);
            Instant time = context == null || context.time() == null ? clock.instant() : context.time();
            audit.record(time, RiskAudit.SYSTEM, RiskAudit.ASSESS, TARGET, RiskAudit.putAccount(new Detail(), context)
                    .put("state", state).put("verdict", "REJECT").put("reason", problem));
            return state;
        }
        Transition transition = machine.assess(context, limits);
        if (transition == null) {
            return machine.view().state();
        }
        Detail detail = RiskAudit.putAccount(new Detail(), context).put("maxDailyLoss", limits.maxDailyLoss())
                .put("maxDrawdown", limits.maxDrawdown());
        stateChanged(context.time(), RiskAudit.SYSTEM, transition, detail);
        return transition.after();
    }

    void reset(String actor, String reason) {
        requireText("actor", actor);
        requireText("reason", reason);
        Instant now = clock.instant();
        Transition transition = machine.reset(now, reason);
        if (transition == null) {
            LOG.info("Risk reset by {} ({}): trading was already ACTIVE", actor, reason);
            audit.record(now, actor, RiskAudit.STATE, TARGET, new Detail().put("from", TradingState.ACTIVE)
                    .put("to", TradingState.ACTIVE).put("why", "operator reset: " + reason).put("changed", false));
            return;
        }
        stateChanged(now, actor, transition, new Detail());
    }

    private void stateChanged(Instant time, String actor, Transition transition, Detail detail) {
        // A transition is rare (a breach, a reset), so writing it here costs the hot path nothing in the common case.
        boolean stored = durable.persist();
        detail.put("from", transition.before()).put("to", transition.after())
                .put("causeBefore", transition.causeBefore()).put("cause", transition.causeAfter())
                .put("why", transition.why()).put("stored", stored);
        if (transition.after() == TradingState.ACTIVE) {
            LOG.info("Trading state {} -> ACTIVE by {}: {}", transition.before(), actor, transition.why());
        } else {
            LOG.warn("Trading state {} -> {}: {}; cause {}", transition.before(), transition.after(), transition.why(),
                    transition.causeAfter());
        }
        audit.record(time, actor, RiskAudit.STATE, TARGET, detail);
    }

    void emergencyStop(String actor, String reason) {
        requireText("actor", actor);
        requireText("reason", reason);
        EmergencySwitch.Stop stop = new EmergencySwitch.Stop(actor, reason, clock.instant());
        boolean pulled = emergency.pull(stop);
        // Stored, logged and audited after the switch is pulled: a slow store or audit log must not delay the stop.
        boolean stored = durable.persist();
        LOG.warn("EMERGENCY STOP by {}: {}{}", actor, reason, pulled ? "" : " (already stopped: " + emergency.current() + ")");
        audit.record(stop.time(), actor, RiskAudit.EMERGENCY_STOP, TARGET, new Detail().put("reason", reason)
                .put("alreadyStopped", !pulled).put("stored", stored));
    }

    void rearm(String actor) {
        requireText("actor", actor);
        Instant now = clock.instant();
        EmergencySwitch.Stop ended = emergency.rearm(actor, now);
        boolean stored = durable.persist();
        LOG.warn("Emergency stop re-armed by {}{}", actor, ended == null ? " (it was not stopped)" : "; ended " + ended);
        audit.record(now, actor, RiskAudit.EMERGENCY_REARM, TARGET, new Detail()
                .put("ended", ended == null ? null : ended.toString()).put("stored", stored));
    }

    void limitsChanged(String actor, RiskSettings before, RiskSettings after) {
        LOG.info("Risk limits changed by {}: {} -> {}", actor, before, after);
        audit.record(clock.instant(), actor, RiskAudit.LIMITS, RiskSettings.PID, new Detail()
                .put("before", before.toString()).put("after", after.toString()));
    }

    void configurationRefused(RiskSettings kept, String problems) {
        LOG.warn("Risk configuration {} refused, the previous settings stay ({}): {}", RiskSettings.PID, kept, problems);
        audit.record(clock.instant(), "config", RiskAudit.LIMITS, RiskSettings.PID, new Detail()
                .put("verdict", "REJECT").put("reason", problems).put("kept", kept.toString()));
    }

    static void requireText(String what, String value) {
        if (value == null || value.isBlank() || value.length() > 100) {
            throw new IllegalArgumentException(what + " must be 1-100 characters, got '" + value + "'");
        }
    }
}
