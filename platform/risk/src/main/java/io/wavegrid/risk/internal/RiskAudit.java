package io.wavegrid.risk.internal;

import java.time.Instant;

import io.wavegrid.infra.api.AuditLog;
import io.wavegrid.trading.api.RiskContext;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the risk manager's audit entries. A failing audit log (the database is down) is logged and does not turn a
 * decision into an exception: the caller still gets its verdict, and reducing orders still pass.
 */
final class RiskAudit {

    static final String SIZE = "risk.size";
    static final String VALIDATE = "risk.validate";
    static final String ASSESS = "risk.assess";
    static final String STATE = "risk.state";
    static final String LIMITS = "risk.limits";
    static final String EMERGENCY_STOP = "risk.emergency.stop";
    static final String EMERGENCY_REARM = "risk.emergency.rearm";
    static final String RESTORE = "risk.restore";
    static final String SYSTEM = "risk";

    private static final Logger LOG = LoggerFactory.getLogger(RiskAudit.class);
    private static final int MAX_TARGET = 200;

    private volatile AuditLog log;

    void use(AuditLog auditLog) {
        log = auditLog;
    }

    /** Forgets the log unless another one replaced it already (DS binds the new one before unbinding the old). */
    void release(AuditLog auditLog) {
        if (log == auditLog) {
            log = null;
        }
    }

    void record(Instant time, String actor, String action, String target, Detail detail) {
        AuditLog log = this.log;
        if (log == null) {
            LOG.error("No audit log bound; not recorded: {} of {} by {}: {}", action, target, actor, detail);
            return;
        }
        try {
            String safeTarget = target == null || target.length() <= MAX_TARGET ? target : target.substring(0, MAX_TARGET);
            log.record(time, actor, action, safeTarget, detail::toString);
        } catch (RuntimeException e) {
            LOG.error("Could not audit {} of {} by {}: {}; detail {}", action, target, actor, e.toString(), detail);
        }
    }

    /** Adds the account values every decision is judged on; nulls are written as null, not rejected. */
    static Detail putAccount(Detail detail, RiskContext context) {
        if (context != null) {
            detail.put("balance", context.balance()).put("equity", context.equity())
                    .put("peakEquity", context.peakEquity()).put("exposure", context.exposure())
                    .put("dailyPnl", context.dailyPnl()).put("referencePrice", context.referencePrice())
                    .put("positions", context.positions().size()).put("time", context.time());
        }
        return detail;
    }
}
