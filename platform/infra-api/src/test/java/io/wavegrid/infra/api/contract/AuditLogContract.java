package io.wavegrid.infra.api.contract;

import static io.wavegrid.infra.api.contract.Fixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.wavegrid.infra.api.AuditEntry;
import io.wavegrid.infra.api.AuditLog;

import org.junit.jupiter.api.Test;

/** What every {@link AuditLog} must do; each test gets an empty log. */
public abstract class AuditLogContract {

    protected abstract AuditLog audit();

    @Test
    void recentEntriesComeNewestFirst() {
        for (int i = 0; i < 5; i++) {
            audit().record(new AuditEntry(T0.plusSeconds(i), "alice", "order.place", "o-" + i, "{\"qty\":\"0." + i + "\"}"));
        }

        List<AuditEntry> recent = audit().recent(2);
        assertEquals(List.of(new AuditEntry(T0.plusSeconds(4), "alice", "order.place", "o-4", "{\"qty\":\"0.4\"}"),
                new AuditEntry(T0.plusSeconds(3), "alice", "order.place", "o-3", "{\"qty\":\"0.3\"}")), recent);
        assertEquals(5, audit().recent(100).size());
    }

    @Test
    void aDetailGivenLaterIsRenderedOnceAndReadLikeAnyOther() {
        AtomicInteger rendered = new AtomicInteger();
        audit().record(T0, "risk", "risk.size", "signal-1", () -> "{\"n\":" + rendered.incrementAndGet() + "}");
        audit().record(new AuditEntry(T0.plusSeconds(1), "alice", "order.place", "o-1", "plain"));

        assertEquals(List.of(new AuditEntry(T0.plusSeconds(1), "alice", "order.place", "o-1", "plain"),
                new AuditEntry(T0, "risk", "risk.size", "signal-1", "{\"n\":1}")), audit().recent(10));
        assertEquals(List.of(new AuditEntry(T0, "risk", "risk.size", "signal-1", "{\"n\":1}")), audit().recent(10).subList(1, 2));
        assertEquals(1, rendered.get());
    }

    @Test
    void aLaterDetailStillHasItsActorActionAndTargetCheckedAtOnce() {
        assertThrows(IllegalArgumentException.class, () -> audit().record(T0, " ", "risk.size", "s", () -> "{}"));
        assertThrows(IllegalArgumentException.class, () -> audit().record(T0, "risk", "risk.size", "x".repeat(201), () -> "{}"));
        assertThrows(NullPointerException.class, () -> audit().record(null, "risk", "risk.size", "s", () -> "{}"));
        assertEquals(List.of(), audit().recent(10));
    }
}
