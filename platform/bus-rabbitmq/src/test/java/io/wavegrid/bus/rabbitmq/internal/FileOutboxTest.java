package io.wavegrid.bus.rabbitmq.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileOutboxTest {

    private static final Instant T = Instant.parse("2024-03-01T12:00:00.123456789Z");

    @Test
    void unacknowledgedRecordsSurviveAReopenWithAllTheirFields(@TempDir Path tempDir) throws Exception {
        Path dir = tempDir;
        try (FileOutbox outbox = new FileOutbox(dir, 100)) {
            for (int i = 0; i < 5; i++) {
                outbox.append("x.signal", "signal.BTCUSDT", "signal.BTCUSDT", "{\"n\":" + i + ",\"text\":\"é→\"}", T.plusSeconds(i));
            }
            outbox.acknowledge(2);
        }
        try (FileOutbox reopened = new FileOutbox(dir, 100)) {
            List<OutboxRecord> pending = reopened.peek(10, 0);
            assertEquals(List.of(3L, 4L, 5L), pending.stream().map(OutboxRecord::sequence).toList());
            assertEquals(new OutboxRecord(3, "x.signal", "signal.BTCUSDT", "signal.BTCUSDT", "{\"n\":2,\"text\":\"é→\"}", T.plusSeconds(2)),
                    pending.get(0));
            assertEquals(6, reopened.append("", "q", "command.paper", "c", T).sequence());
        }
    }

    @Test
    void aRecordTornByACrashIsDroppedAndTheRestKept(@TempDir Path dir) throws IOException, InterruptedException {
        try (FileOutbox outbox = new FileOutbox(dir, 100)) {
            outbox.append("x", "signal.a", "signal.a", "one", T);
            outbox.append("x", "signal.a", "signal.a", "two", T);
        }
        Files.write(dir.resolve("outbox.log"), new byte[] {0, 0, 0, 40, 1, 2, 3}, StandardOpenOption.APPEND);

        try (FileOutbox reopened = new FileOutbox(dir, 100)) {
            assertEquals(List.of("one", "two"), reopened.peek(10, 0).stream().map(OutboxRecord::payload).toList());
            reopened.append("x", "signal.a", "signal.a", "three", T);
        }
        try (FileOutbox again = new FileOutbox(dir, 100)) {
            assertEquals(List.of("one", "two", "three"), again.peek(10, 0).stream().map(OutboxRecord::payload).toList());
        }
    }
}
