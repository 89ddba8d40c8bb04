package io.wavegrid.exchange.kucoin.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import io.wavegrid.market.api.BookLevel;
import io.wavegrid.market.api.Candle;
import io.wavegrid.market.api.MarketDataListener;
import io.wavegrid.market.api.OrderBook;
import io.wavegrid.market.api.Timeframe;

/**
 * The level 2 order book against the loopback KuCoin: messages before the snapshot, one overlapping it, a
 * repeat, two messages out of order, a lost message. After each the published book must equal the book the
 * fake exchange holds at that sequence.
 */
class KucoinOrderBookTest extends FakeKucoinTestBase {

    private static final String[][] NONE = {};

    private final List<OrderBook> books = new CopyOnWriteArrayList<>();

    @Test
    void bookFollowsSnapshotAndMessagesAndResyncsAfterDisorderAndGaps() throws Exception {
        setBook(100, Map.of("100", "1", "99", "2"), Map.of("101", "1"));
        fake.streamScript = (n, s) -> {
            awaitQuietly(() -> fake.clientMessages.stream().anyMatch(m -> m.contains("/market/level2:BTC-USDT")));
            s.send(FakeKucoinBook.level2(95, 99, new String[][] {{"98", "7", "97"}}, NONE)); // older than the snapshot
            // overlaps the snapshot: the change at 99 is in it already, those at 101 and 102 are not
            s.send(FakeKucoinBook.level2(99, 102, new String[][] {{"100", "5", "99"}, {"100", "3", "101"}},
                    new String[][] {{"103", "4", "102"}}));
            awaitQuietly(() -> lastSequence() >= 102);
            String b = FakeKucoinBook.level2(103, 105, new String[][] {{"99.5", "1", "103"}, {"0", "0", "105"}},
                    new String[][] {{"101", "0", "104"}});
            s.send(b);
            s.send(b); // a repeat
            awaitQuietly(() -> lastSequence() >= 105);

            // 106 and 107..108 arrive the wrong way round: the book resynchronises from a snapshot taken at 106
            setBook(106, Map.of("100", "3", "99.5", "1", "99", "2", "98.5", "6"), Map.of("103", "4"));
            s.send(FakeKucoinBook.level2(107, 108, NONE, new String[][] {{"102", "1", "107"}, {"103", "0", "108"}}));
            s.send(FakeKucoinBook.level2(106, 106, new String[][] {{"98.5", "6", "106"}}, NONE));
            awaitQuietly(() -> lastSequence() >= 108);

            // 111..112 is lost: the gap is seen at 113 and the book is rebuilt from a snapshot taken at 112
            s.send(FakeKucoinBook.level2(109, 110, new String[][] {{"97", "1", "110"}}, NONE));
            awaitQuietly(() -> lastSequence() >= 110);
            setBook(112, Map.of("100", "3", "99.5", "1", "98.5", "6", "97", "1"), Map.of("102", "1"));
            s.send(FakeKucoinBook.level2(113, 114, NONE, new String[][] {{"104", "2", "113"}}));
            awaitQuietly(() -> lastSequence() >= 114);
            s.send(FakeKucoinBook.level2(115, 115, new String[][] {{"100", "4", "115"}}, NONE));
        };
        adapter = new KucoinAdapter(new TestConfig(fake, false, 2_000, 200, true, 10_000));
        try (AutoCloseable subscription = adapter.subscribe(BTC, Timeframe.M1, new MarketDataListener() {
            @Override
            public void onCandle(Candle candle) {
                // the book is what this test follows
            }

            @Override
            public void onOrderBook(OrderBook book) {
                books.add(book);
            }
        })) {
            await(() -> lastSequence() >= 115, 15, () -> "books " + books.stream().map(OrderBook::sequence).toList()
                    + ", snapshots " + fake.book.snapshots);
        }

        assertBook(102, List.of(level("100", "3"), level("99", "2")), List.of(level("101", "1"), level("103", "4")));
        assertBook(105, List.of(level("100", "3"), level("99.5", "1"), level("99", "2")), List.of(level("103", "4")));
        assertBook(108, List.of(level("100", "3"), level("99.5", "1"), level("99", "2"), level("98.5", "6")),
                List.of(level("102", "1")));
        assertBook(110, List.of(level("100", "3"), level("99.5", "1"), level("99", "2"), level("98.5", "6"), level("97", "1")),
                List.of(level("102", "1")));
        assertBook(115, List.of(level("100", "4"), level("99.5", "1"), level("98.5", "6"), level("97", "1")),
                List.of(level("102", "1"), level("104", "2")));
        assertTrue(books.stream().noneMatch(b -> b.bids().contains(level("98", "7"))), "the stale message was never applied");
        assertTrue(books.stream().noneMatch(b -> b.bids().contains(level("100", "5"))), "a change inside the snapshot was never applied");
        assertEquals(3, fake.book.snapshots.get(), "one snapshot at the start, one after the disorder, one after the gap");
        for (int i = 1; i < books.size(); i++) {
            assertTrue(books.get(i).sequence() > books.get(i - 1).sequence(), "no book published twice or backwards");
        }
    }

    private long lastSequence() {
        return books.isEmpty() ? 0 : books.get(books.size() - 1).sequence();
    }

    private void assertBook(long sequence, List<BookLevel> bids, List<BookLevel> asks) {
        OrderBook book = books.stream().filter(b -> b.sequence() == sequence).findFirst()
                .orElseThrow(() -> new AssertionError("no book at " + sequence + ": " + books.stream().map(OrderBook::sequence).toList()));
        assertEquals(bids, book.bids(), "bids at " + sequence);
        assertEquals(asks, book.asks(), "asks at " + sequence);
    }

    private void setBook(long sequence, Map<String, String> bids, Map<String, String> asks) {
        synchronized (fake.book) {
            fake.book.bids.clear();
            fake.book.asks.clear();
            bids.forEach((p, q) -> fake.book.bids.put(new BigDecimal(p), new BigDecimal(q)));
            asks.forEach((p, q) -> fake.book.asks.put(new BigDecimal(p), new BigDecimal(q)));
            fake.book.sequence = sequence;
        }
    }

    private static BookLevel level(String price, String qty) {
        return new BookLevel(new BigDecimal(price), new BigDecimal(qty));
    }
}
