package io.wavegrid.persistence.internal.repository;

import static io.wavegrid.infra.api.contract.Fixtures.T0;
import static io.wavegrid.infra.api.contract.Fixtures.limitBuy;
import static io.wavegrid.infra.api.contract.Fixtures.newOrder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

import io.wavegrid.infra.api.JournaledOrder;
import io.wavegrid.infra.api.StoreUnavailableException;
import io.wavegrid.trading.api.Order;
import io.wavegrid.trading.api.OrderStatus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrderWriteAheadTest {

    @TempDir
    Path dir;

    @Test
    void ordersComeBackOldestFirstUntilACheckpointSettledTheirSegments() throws IOException {
        Path database = dir.resolve("wavegrid");
        try (OrderWriteAhead file = new OrderWriteAhead(database, 4096)) {
            file.append(order("wg-1"));
            file.append(order("wg-2"));
            long first = file.rotate();
            file.append(order("wg-3"));

            assertEquals(List.of("wg-1", "wg-2", "wg-3"), ids(file.unsettled()));
            file.settled(first);
            assertEquals(List.of("wg-3"), ids(file.unsettled()));
            assertEquals(List.of("wavegrid.orders.2.wal"), names());
        }
        // A new process continues after the segments it finds, so it never appends to one being settled.
        try (OrderWriteAhead next = new OrderWriteAhead(database, 4096)) {
            next.append(order("wg-4"));
            assertEquals(List.of("wg-3", "wg-4"), ids(next.unsettled()));
            assertEquals(List.of("wavegrid.orders.2.wal", "wavegrid.orders.3.wal"), names());
        }
    }

    @Test
    void aLineThePreviousProcessLeftHalfWrittenIsSkipped() throws IOException {
        Path database = dir.resolve("wavegrid");
        byte[] first = new WriteAheadEncoder().encode(order("wg-1")).copy();
        try (OrderWriteAhead file = new OrderWriteAhead(database, 4096)) {
            file.append(order("wg-1"));
        }
        // A process that died in the middle of copying the next line: its first half, then the segment's zeros.
        byte[] second = new WriteAheadEncoder().encode(order("wg-2")).copy();
        try (FileChannel segment = FileChannel.open(dir.resolve("wavegrid.orders.1.wal"), StandardOpenOption.WRITE)) {
            segment.write(ByteBuffer.wrap(second, 0, second.length / 2), first.length);
        }
        Files.writeString(dir.resolve("unrelated.orders.1.wal"), "not ours\n");

        try (OrderWriteAhead file = new OrderWriteAhead(database, 4096)) {
            assertEquals(List.of("wg-1"), ids(file.unsettled()));
        }
    }

    @Test
    void theNextSegmentIsMadeAheadAndALongLineGetsOneOfItsOwn() throws IOException {
        Path database = dir.resolve("wavegrid");
        try (OrderWriteAhead file = new OrderWriteAhead(database, 1024)) {
            file.prepareNext();
            assertEquals(List.of("wavegrid.orders.1.wal"), names());
            for (int i = 0; i < 12; i++) {
                file.append(order("wg-" + i));
            }
            String reason = "x".repeat(3000);
            Order refused = newOrder(limitBuy("wg-long", "1", "100"), T0);
            file.append(new JournaledOrder("paper", new Order(refused.request(), null, OrderStatus.REJECTED, BigDecimal.ZERO, null,
                    T0, reason), T0));

            List<JournaledOrder> back = file.unsettled();
            assertEquals(13, back.size());
            assertEquals(reason, back.get(12).order().rejectReason());
            assertEquals(true, names().size() > 2, names().toString());
        }
    }

    @Test
    void aLineWrittenAfterARotationIsNotSettledByItsCheckpoint() throws IOException {
        try (OrderWriteAhead file = new OrderWriteAhead(dir.resolve("wavegrid"), 4096)) {
            file.prepareNext();
            file.append(order("wg-1"));
            long upTo = file.rotate();
            file.prepareNext();
            file.append(order("wg-2"));

            file.settled(upTo);

            assertEquals(List.of("wg-2"), ids(file.unsettled()));
        }
    }

    @Test
    void aFileThatCannotBeWrittenRefusesTheOrder() throws IOException {
        Path database = dir.resolve("wavegrid");
        Files.createDirectory(dir.resolve("wavegrid.orders.1.wal"));
        try (OrderWriteAhead file = new OrderWriteAhead(database, 4096)) {
            StoreUnavailableException refused = assertThrows(StoreUnavailableException.class, () -> file.append(order("wg-1")));
            assertEquals(true, refused.getMessage().contains("write-ahead"), refused.getMessage());
        }
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("wavegrid.")).sorted().toList();
        }
    }

    private static JournaledOrder order(String id) {
        return new JournaledOrder("paper", newOrder(limitBuy(id, "1", "100"), T0), T0);
    }

    private static List<String> ids(List<JournaledOrder> orders) {
        return orders.stream().map(o -> o.order().clientOrderId()).toList();
    }
}
