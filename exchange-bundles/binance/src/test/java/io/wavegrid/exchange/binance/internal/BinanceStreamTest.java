package io.wavegrid.exchange.binance.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.wavegrid.market.api.BookLevel;
import io.wavegrid.market.api.Candle;
import io.wavegrid.market.api.MarketDataListener;
import io.wavegrid.market.api.OrderBook;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Ticker;
import io.wavegrid.market.api.Timeframe;
import io.wavegrid.market.api.Trade;

import org.junit.jupiter.api.Test;

/** The adapter's streams against a fake Binance that misbehaves on script. */
class BinanceStreamTest extends FakeBinanceTestBase {


    private final List<Candle> candles = new CopyOnWriteArrayList<>();
    private final List<Trade> trades = new CopyOnWriteArrayList<>();
    private final List<Ticker> tickers = new CopyOnWriteArrayList<>();
    private final List<OrderBook> books = new CopyOnWriteArrayList<>();
    private final MarketDataListener listener = new MarketDataListener() {
        @Override
        public void onCandle(Candle candle) {
            candles.add(candle);
        }

        @Override
        public void onTrade(Trade trade) {
            trades.add(trade);
        }

        @Override
        public void onTicker(Ticker ticker) {
            tickers.add(ticker);
        }

        @Override
        public void onOrderBook(OrderBook book) {
            books.add(book);
        }
    };

    @Test
    void candleHistoryIsCompleteAndDuplicateFreeThroughDropsSilenceDuplicatesAndDisorder() throws Exception {
        fake.streamScript = (n, s) -> {
            if (n == 1) {
                // duplicates, an out-of-order repeat and an open bar, then the connection drops mid-stream
                for (String m : new String[] {fake.bar(0), fake.bar(1), fake.bar(1), fake.bar(2), fake.bar(0),
                    FakeBinance.kline(fake.base + 3 * 60_000L, "1", "1", "1", "1", "1", false), fake.bar(3)}) {
                    s.send(m);
                }
                s.drop();
            } else if (n == 2) {
                s.send(fake.bar(7)); // then silence: the adapter must give up on this connection
            } else {
                s.send(fake.bar(48));
                s.send(fake.bar(49));
            }
        };
        adapter = new BinanceAdapter(new TestConfig(fake, false, false, 700, 10_000));

        try (AutoCloseable handle = adapter.subscribe(BTC, Timeframe.M1, listener)) {
            await(() -> candles.size() >= 50 && fake.streamSessions() >= 3, 15);
            Thread.sleep(200);
        }

        List<Long> expected = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            expected.add(fake.base + i * 60_000L);
        }
        assertEquals(expected, candles.stream().map(Candle::openTime).toList(), "every bar once, in order");
        assertEquals(new Candle(BTC, Timeframe.M1, fake.base + 5 * 60_000L, 40005, 40007, 40003, 40006, 15.5), candles.get(5));
        assertTrue(fake.streamSessions() >= 3, "reconnected after the drop and after the silence");
    }

    @Test
    void orderBookFollowsTheSnapshotAndResyncsOnASequenceGap() throws Exception {
        String[][] none = {};
        fake.bids.put(new BigDecimal("100.00"), new BigDecimal("1"));
        fake.bids.put(new BigDecimal("99.00"), new BigDecimal("2"));
        fake.asks.put(new BigDecimal("101.00"), new BigDecimal("1"));
        fake.bookUpdateId = 100;
        String stale = FakeBinance.depth(95, 99, "[\"98.00\",\"7\"]", "");
        fake.streamScript = (n, s) -> {
            s.send(stale); // older than the snapshot: must be dropped
            s.send(fake.diff(99, 102, new String[][] {{"100.00", "3"}}, none));
            pause(() -> !books.isEmpty()); // the first snapshot is in
            s.send(fake.diff(103, 105, new String[][] {{"99.50", "1"}}, new String[][] {{"101.00", "0"}, {"102.00", "4"}}));
            s.send(fake.diff(103, 105, none, none)); // a duplicate
            fake.diff(106, 109, new String[][] {{"99.00", "0"}}, none); // lost: never sent
            s.send(fake.diff(110, 112, new String[][] {{"98.50", "6"}}, none));
            pause(() -> fake.calls("/api/v3/depth") >= 2);
            s.send(fake.diff(113, 114, none, new String[][] {{"101.50", "2"}}));
        };
        adapter = new BinanceAdapter(new TestConfig(fake, false, true, 30_000, 10_000));

        try (AutoCloseable handle = adapter.subscribe(BTC, Timeframe.M1, listener)) {
            await(() -> fake.calls("/api/v3/depth") >= 2 && !books.isEmpty() && books.get(books.size() - 1).sequence() >= 114, 10);
        }

        OrderBook last = books.get(books.size() - 1);
        assertEquals(List.of(level("100.00", "3"), level("99.50", "1"), level("98.50", "6")), last.bids());
        assertEquals(List.of(level("101.50", "2"), level("102.00", "4")), last.asks());
        assertTrue(books.stream().noneMatch(b -> b.bids().contains(level("98.00", "7"))), "the stale diff was never applied");
    }

    @Test
    void tradesAndTickersSkipRepeats() throws Exception {
        fake.streamScript = (n, s) -> {
            for (int id : new int[] {1, 2, 2, 1, 3}) {
                s.send("{\"stream\":\"btcusdt@trade\",\"data\":{\"e\":\"trade\",\"E\":1,\"s\":\"BTCUSDT\",\"t\":" + id
                        + ",\"p\":\"40000.01\",\"q\":\"0.5\",\"T\":1700000000000,\"m\":true,\"M\":true}}");
            }
            for (int u : new int[] {10, 10, 11}) {
                s.send("{\"stream\":\"btcusdt@bookTicker\",\"data\":{\"u\":" + u
                        + ",\"s\":\"BTCUSDT\",\"b\":\"40000.00\",\"B\":\"1\",\"a\":\"40000.02\",\"A\":\"2\"}}");
            }
        };
        adapter = new BinanceAdapter(new TestConfig(fake, false, true, 30_000, 10_000));
        try (AutoCloseable handle = adapter.subscribe(BTC, Timeframe.M1, listener)) {
            await(() -> trades.size() >= 3 && tickers.size() >= 2, 10);
            Thread.sleep(100);
        }
        assertEquals(List.of("1", "2", "3"), trades.stream().map(Trade::tradeId).toList());
        assertEquals(io.wavegrid.market.api.Side.SELL, trades.get(0).takerSide(), "buyer was maker: the taker sold");
        assertEquals(2, tickers.size());
    }

    private static BookLevel level(String price, String qty) {
        return new BookLevel(new BigDecimal(price), new BigDecimal(qty));
    }
}
