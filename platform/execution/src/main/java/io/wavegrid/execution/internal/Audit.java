package io.wavegrid.execution.internal;

import java.util.function.Supplier;

import io.wavegrid.infra.api.AuditEntry;
import io.wavegrid.infra.api.AuditLog;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Records state-changing actions; an audit store failure is logged and never stops trading or a shutdown. */
final class Audit {

    static final String SYSTEM = "execution";
    private static final Logger LOG = LoggerFactory.getLogger(Audit.class);

    private final AuditLog log;
    private final EngineClock clock;

    Audit(AuditLog log, EngineClock clock) {
        this.log = log;
        this.clock = clock;
    }

    void record(String actor, String action, String target, String detail) {
        try {
            log.record(new AuditEntry(clock.now(), actor, action, target, detail));
        } catch (RuntimeException e) {
            LOG.warn("Audit entry {} {} {} not recorded: {}", action, target, detail, e.toString());
        }
    }

    /** The same, with the detail written out by the audit log (behind the trading thread where it writes behind). */
    void record(String actor, String action, String target, Supplier<String> detail) {
        try {
            log.record(clock.now(), actor, action, target, detail);
        } catch (RuntimeException e) {
            LOG.warn("Audit entry {} {} {} not recorded: {}", action, target, detail.get(), e.toString());
        }
    }
}
