package io.wavegrid.persistence.internal.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.wavegrid.infra.api.AuditEntry;
import io.wavegrid.persistence.internal.Backends;
import io.wavegrid.persistence.internal.Backends.Backend;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The audit log's write-behind on H2: what a reader sees, in which order, and what the database refuses. */
class AuditWriterTest {

    private static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");
    private final Backend backend = Backends.h2();
    private JdbcAuditLog audit;

    @BeforeEach
    void open() {
        backend.db().clear();
        audit = new JdbcAuditLog(backend.database());
    }

    @AfterEach
    void close() {
        audit.close();
    }

    @Test
    void aReaderSeesEveryEntryRecordedBeforeItAskedFromAnyThread() throws Exception {
        int writers = 4;
        int each = 400;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                String actor = "writer-" + w;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < each; i++) {
                        audit.record(new AuditEntry(T0, actor, "order.place", Integer.toString(i), ""));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(30, TimeUnit.SECONDS);
            }
            List<AuditEntry> all = audit.recent(writers * each + 10);
            assertEquals(writers * each, all.size());
            // Same time for all: the newest-first order is the order they were recorded in, per writer too.
            List<AuditEntry> oldestFirst = new ArrayList<>(all);
            Collections.reverse(oldestFirst);
            for (int w = 0; w < writers; w++) {
                String actor = "writer-" + w;
                List<String> targets = oldestFirst.stream().filter(e -> e.actor().equals(actor)).map(AuditEntry::target).toList();
                List<String> expected = new ArrayList<>();
                for (int i = 0; i < each; i++) {
                    expected.add(Integer.toString(i));
                }
                assertEquals(expected, targets, actor);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anEntryTheDatabaseRefusesIsSkippedWithoutHoldingBackTheOthers() {
        AuditWriter writer = new AuditWriter(backend.database().dataSource(), 100, "test-audit-writer");
        try {
            writer.append(new AuditEntry(T0, "ops", "config.update", "first", ""));
            writer.append(new AuditEntry(T0, "ops", "config.update", "too-long", "x".repeat(JdbcAuditLog.MAX_DETAIL + 1)));
            writer.append(new AuditEntry(T0, "ops", "config.update", "last", ""));
            writer.awaitWritten(java.time.Duration.ofSeconds(10));
        } finally {
            writer.close();
        }
        assertEquals(List.of("last", "first"), audit.recent(10).stream().map(AuditEntry::target).toList());
    }

    @Test
    void aDetailLongerThanTheColumnIsRefusedAtOnce() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> audit.record(
                new AuditEntry(T0, "ops", "config.update", "x", "y".repeat(JdbcAuditLog.MAX_DETAIL + 1))));
        assertEquals(List.of(), audit.recent(10));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("100000"), e.getMessage());
    }

    @Test
    void aClosedLogRefusesNewEntriesAndHasWrittenTheQueuedOnes() {
        for (int i = 0; i < 50; i++) {
            audit.record(new AuditEntry(T0.plusSeconds(i), "ops", "order.place", "o-" + i, ""));
        }
        audit.close();
        assertThrows(io.wavegrid.infra.api.StoreUnavailableException.class,
                () -> audit.record(new AuditEntry(T0, "ops", "order.place", "late", "")));
        JdbcAuditLog reader = new JdbcAuditLog(backend.database());
        try {
            assertEquals(50, reader.recent(100).size());
        } finally {
            reader.close();
        }
    }

    @Test
    void aDetailWrittenOutLaterThatFailsOrIsTooLongIsRecordedWithoutHoldingBackTheOthers() {
        audit.record(T0, "risk", "risk.size", "broken", () -> {
            throw new IllegalStateException("no text");
        });
        audit.record(T0.plusSeconds(1), "risk", "risk.size", "long", () -> "x".repeat(JdbcAuditLog.MAX_DETAIL + 1));
        audit.record(T0.plusSeconds(2), "risk", "risk.size", "fine", () -> "{}");

        List<AuditEntry> recent = audit.recent(3);
        assertEquals(List.of("fine", "long", "broken"), recent.stream().map(AuditEntry::target).toList());
        assertEquals("{}", recent.get(0).detail());
        assertEquals(JdbcAuditLog.MAX_DETAIL, recent.get(1).detail().length());
        assertTrue(recent.get(1).detail().endsWith("(cut: " + (JdbcAuditLog.MAX_DETAIL + 1) + " characters)"), recent.get(1).detail());
        assertTrue(recent.get(2).detail().contains("no text"), recent.get(2).detail());
    }
}
