package io.wavegrid.persistence.internal.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.wavegrid.infra.api.AuditEntry;
import io.wavegrid.infra.api.StoreUnavailableException;

import org.junit.jupiter.api.Test;

class AuditWriterTest {

    private static AuditEntry entry(int n) {
        return new AuditEntry(Instant.EPOCH.plusSeconds(n), "test", "action." + n, "target", "");
    }

    @Test
    void entriesReachTheStoreInOrderAndAFlushWaitsForThem() {
        List<String> stored = Collections.synchronizedList(new ArrayList<>());
        try (AuditWriter writer = new AuditWriter(1000, batch -> batch.forEach(e -> stored.add(e.action())))) {
            for (int i = 0; i < 500; i++) {
                writer.submit(entry(i));
            }
            writer.flush(10_000);
            assertEquals(500, stored.size());
            for (int i = 0; i < 500; i++) {
                assertEquals("action." + i, stored.get(i));
            }
        }
    }

    @Test
    void aFailingDatabaseKeepsTheBatchUntilItTakesItAgain() {
        AtomicInteger failuresLeft = new AtomicInteger(2);
        List<String> stored = Collections.synchronizedList(new ArrayList<>());
        try (AuditWriter writer = new AuditWriter(1000, batch -> {
            if (failuresLeft.getAndDecrement() > 0) {
                throw new StoreUnavailableException("database down", null);
            }
            batch.forEach(e -> stored.add(e.action()));
        })) {
            writer.submit(entry(1));
            writer.submit(entry(2));
            writer.flush(20_000);
            assertEquals(List.of("action.1", "action.2"), stored);
        }
    }

    @Test
    void aFullBacklogRefusesNewEntriesAndAFlushThatCannotFinishSaysSo() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch writing = new CountDownLatch(1);
        try (AuditWriter writer = new AuditWriter(2, batch -> {
            writing.countDown();
            try {
                release.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        })) {
            writer.submit(entry(1));
            writing.await(10, TimeUnit.SECONDS); // the writer holds entry 1; the backlog is empty again
            writer.submit(entry(2));
            writer.submit(entry(3));
            assertThrows(StoreUnavailableException.class, () -> writer.submit(entry(4)));
            assertThrows(StoreUnavailableException.class, () -> writer.flush(50));
            release.countDown();
            writer.flush(10_000);
        }
    }
}
