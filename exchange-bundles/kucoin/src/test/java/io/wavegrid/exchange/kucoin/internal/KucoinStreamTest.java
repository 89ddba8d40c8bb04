package io.wavegrid.exchange.kucoin.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import io.wavegrid.market.api.Candle;
import io.wavegrid.market.api.MarketDataListener;
import io.wavegrid.market.api.Ticker;
import io.wavegrid.market.api.Timeframe;
import io.wavegrid.market.api.Trade;

/** The WebSocket feed against the loopback KuCoin: token, pings, topics, a cut mid-stream and the REST backfill. */
class KucoinStreamTest extends FakeKucoinTestBase {

    private final List<Candle> candles = new CopyOnWriteArrayList<>();
    private final List<Trade> trades = new CopyOnWriteArrayList<>();
    private final List<Ticker> tickers = new CopyOnWriteArrayList<>();

    @Test
    void candlesStayCompleteAndDuplicateFreeAcrossADroppedConnection() throws Exception {
        long now = Timeframe.M1.align(System.currentTimeMillis());
        long t0 = now - 6 * 60_000;
        fake.streamScript = (n, session) -> {
            awaitQuietly(() -> fake.clientMessages.stream().filter(m -> m.contains("subscribe")).count() >= 2L * n);
            if (n == 1) {
                session.send(fake.candleUpdate(t0));
                session.send(fake.candleUpdate(t0));
                session.send(FakeKucoin.match("t-1", t0 + 1000));
                session.send(fake.candleUpdate(t0 + 60_000));   // closes t0
                session.send(fake.candleUpdate(t0 + 120_000));  // closes t0 + 1 min
                session.send("{not json");
                awaitQuietly(() -> fake.pings.get() >= 2);
                session.drop();
            } else {
                session.send(FakeKucoin.match("t-2", now));
                session.send("{\"type\":\"message\",\"topic\":\"/market/ticker:BTC-USDT\",\"subject\":\"trade.ticker\",\"data\":{"
                        + "\"sequence\":\"9\",\"price\":\"30000.2\",\"size\":\"0.1\",\"bestAsk\":\"30000.3\",\"bestAskSize\":\"1\","
                        + "\"bestBid\":\"30000.1\",\"bestBidSize\":\"2\",\"time\":" + now + "}}");
                session.send(fake.candleUpdate(t0 + 60_000)); // a late repeat: never delivered twice
            }
        };
        adapter = new KucoinAdapter(new TestConfig(fake, false, 2_000, 200, true, 2_000));
        try (AutoCloseable subscription = adapter.subscribe(BTC, Timeframe.M1, new MarketDataListener() {
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
        })) {
            await(() -> fake.streamSessions() >= 2 && trades.size() >= 2 && tickers.size() == 1 && !candles.isEmpty()
                    && candles.get(candles.size() - 1).openTime() >= now - 60_000, 10, this::state);
        }
        assertEquals(t0, candles.get(0).openTime(), "first closed bar from the stream");
        for (int i = 1; i < candles.size(); i++) {
            assertEquals(candles.get(i - 1).openTime() + 60_000, candles.get(i).openTime(), "no hole, no duplicate");
        }
        double[] closedByStream = FakeKucoin.bar((int) ((t0 - fake.base) / 60_000));
        assertEquals(closedByStream[1], candles.get(0).close());
        assertEquals(List.of("t-1", "t-2"), trades.stream().map(Trade::tradeId).toList());
        assertTrue(fake.clientMessages.stream().anyMatch(m -> m.contains("/market/candles:BTC-USDT_1min")));
        assertTrue(fake.clientMessages.stream().anyMatch(m -> m.contains("/market/match:BTC-USDT")));
        assertTrue(fake.clientMessages.stream().anyMatch(m -> m.contains("/market/ticker:BTC-USDT")));
        assertEquals(0, new BigDecimal("30000.1").compareTo(tickers.get(0).bid()));
        assertTrue(fake.calls("/api/v1/bullet-public") >= 2, "a fresh token per connection");
    }

    private String state() {
        return "connections " + fake.streamSessions() + ", trades " + trades.size() + ", tickers " + tickers.size() + ", candles "
                + candles.stream().map(Candle::openTime).toList() + ", client sent " + fake.clientMessages.size()
                + " messages, " + fake.pings + " pings";
    }
}
