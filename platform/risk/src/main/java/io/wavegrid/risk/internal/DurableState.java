package io.wavegrid.risk.internal;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the stored risk state in step with memory and brings it back at start, so neither a bundle restart nor a
 * process restart re-arms an emergency stop or lifts a halt that no operator lifted. What is restored is merged into
 * memory on the safe side: a stored stop is pulled, a stored halt is taken while memory is ACTIVE; a stored record
 * that cannot be trusted pulls the emergency stop with the reason. Every write takes the latest memory under one
 * lock, so a slower writer can never put an older state over a newer one. The switch itself is pulled before this
 * lock is taken: a slow store never delays a stop.
 */
final class DurableState {

    private static final Logger LOG = LoggerFactory.getLogger(DurableState.class);
    private static final String TARGET = "trading-state";

    private final RiskStateStore store;
    private final EmergencySwitch emergency;
    private final TradingStateMachine machine;
    private final RiskAudit audit;
    private final Clock clock;

    DurableState(RiskStateStore store, EmergencySwitch emergency, TradingStateMachine machine, RiskAudit audit, Clock clock) {
        this.store = store;
        this.emergency = emergency;
        this.machine = machine;
        this.audit = audit;
        this.clock = clock;
    }

    /** Stores what memory holds now; false (already logged) when it is not kept beyond this process. */
    synchronized boolean persist() {
        return store.save(snapshot());
    }

    private StoredRiskState snapshot() {
        return new StoredRiskState(emergency.current(), emergency.lastRearm(), machine.view());
    }

    /** At activation, and again when Config Admin arrives after it. */
    synchronized void restore() {
        RiskStateStore.Loaded loaded = store.load();
        switch (loaded.kind()) {
            case NO_STORE -> LOG.warn("No Config Admin: the emergency stop and the trading state are kept in memory only; "
                    + "a restart re-arms the emergency stop and resumes trading ACTIVE");
            case EMPTY -> {
                LOG.info("No stored risk state in {} (first start): emergency stop {}, trading {}", RiskStateStore.PID,
                        emergency.current() == null ? "armed" : "ENGAGED", machine.view().state());
                store.save(snapshot());
            }
            case UNUSABLE -> failSafe(loaded.problem());
            case STORED -> apply(loaded.state());
        }
    }

    private void apply(StoredRiskState stored) {
        if (stored.stop() != null && emergency.pull(stored.stop())) {
            LOG.warn("EMERGENCY STOP restored from {}: {}; every order is refused until re-armed", RiskStateStore.PID,
                    stored.stop());
        }
        if (stored.rearm() != null) {
            emergency.restoreRearm(stored.rearm());
        }
        Transition transition = machine.restore(stored.trading());
        if (transition != null) {
            LOG.warn("Trading state {} restored from {}: {} (since {}); entries are refused until the reset",
                    transition.after(), RiskStateStore.PID, transition.causeAfter(), stored.trading().since());
        }
        // Memory may hold more than the store (a stop pulled before Config Admin arrived): write the merge back.
        boolean kept = store.save(snapshot());
        EmergencySwitch.Stop stop = emergency.current();
        EmergencySwitch.Rearm rearm = emergency.lastRearm();
        TradingStateMachine.View view = machine.view();
        LOG.info("Risk state restored from {}: emergency stop {}, trading {}", RiskStateStore.PID,
                stop == null ? "armed" : "ENGAGED", view.state());
        audit.record(clock.instant(), RiskAudit.SYSTEM, RiskAudit.RESTORE, TARGET, new Detail()
                .put("source", RiskStateStore.PID).put("emergency", stop == null ? "ARMED" : "ENGAGED")
                .put("stop", stop == null ? null : stop.toString())
                .put("rearmedBy", rearm == null ? null : rearm.actor()).put("rearmedAt", rearm == null ? null : rearm.time())
                .put("state", view.state()).put("cause", view.cause() == null ? null : view.cause().toString())
                .put("since", view.since()).put("stored", kept));
    }

    /** The stored state cannot be trusted: stop every order until an operator has looked and re-armed. */
    private void failSafe(String problem) {
        Instant now = clock.instant();
        String reason = "the stored risk state in " + RiskStateStore.PID + " is unusable, stopped to be safe: " + problem;
        boolean pulled = emergency.pull(new EmergencySwitch.Stop(RiskAudit.SYSTEM, reason, now));
        boolean kept = store.save(snapshot());
        LOG.error("EMERGENCY STOP at start: {}; every order is refused until an operator re-arms", reason);
        audit.record(now, RiskAudit.SYSTEM, RiskAudit.EMERGENCY_STOP, TARGET, new Detail().put("reason", reason)
                .put("failSafe", true).put("alreadyStopped", !pulled).put("stored", kept));
    }
}
