package io.wavegrid.exchange.kucoin.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.wavegrid.market.api.Candle;
import io.wavegrid.market.api.MarketDataListener;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Ticker;
import io.wavegrid.market.api.Timeframe;
import io.wavegrid.trading.api.ExchangeException;
import io.wavegrid.trading.api.ExchangeException.Reason;
import io.wavegrid.trading.api.InstrumentRules;

/** Rules, history pages and the polled feed against the loopback KuCoin, without keys. */
class KucoinMarketDataTest extends FakeKucoinTestBase {

    @Test
    void rulesComeFromV2SymbolsAndUnknownSymbolsAreNotFound() throws Exception {
        KucoinAdapter a = adapter(false);
        InstrumentRules rules = a.rules(BTC);
        assertEquals(0, new BigDecimal("0.1").compareTo(rules.tickSize()));
        assertEquals(0, new BigDecimal("0.00000001").compareTo(rules.stepSize()));
        assertEquals(0, new BigDecimal("0.00001").compareTo(rules.minQuantity()));
        assertEquals(0, new BigDecimal("0.1").compareTo(rules.minNotional()));
        assertTrue(rules.trading());
        assertFalse(a.rules(new Symbol("ETH", "BTC")).trading());
        ExchangeException e = assertThrows(ExchangeException.class, () -> a.rules(new Symbol("DOGE", "EUR")));
        assertEquals(Reason.NOT_FOUND, e.reason());
        assertTrue(e.getMessage().contains("DOGE-EUR"), e.getMessage());
        assertEquals(1, fake.calls("/api/v2/symbols"), "rules are cached");
    }

    @Test
    void historyPagesAreContiguousClosedAndDuplicateFree() throws Exception {
        KucoinAdapter a = adapter(false);
        long from = fake.base;
        long to = Timeframe.M1.align(System.currentTimeMillis()) + 60_000;
        Candle previous = null;
        int total = 0;
        for (long next = from; next < to; ) {
            List<Candle> page = a.candles(BTC, Timeframe.M1, next, to, a.maxPageSize());
            if (page.isEmpty()) {
                break;
            }
            assertTrue(page.size() <= 1500);
            for (Candle c : page) {
                if (previous != null) {
                    assertEquals(previous.openTime() + 60_000, c.openTime(), "no hole, no duplicate");
                }
                assertTrue(c.closeTime() <= System.currentTimeMillis(), "only closed bars");
                double[] bar = FakeKucoin.bar((int) ((c.openTime() - fake.base) / 60_000));
                assertEquals(bar[0], c.open());
                assertEquals(bar[1], c.close(), "close is KuCoin's third column");
                assertEquals(bar[2], c.high());
                assertEquals(bar[3], c.low());
                previous = c;
                total++;
            }
            next = page.get(page.size() - 1).closeTime();
        }
        assertTrue(total >= 3199 && total <= 3201, "every closed bar once, got " + total);
        assertEquals(fake.base, a.candles(BTC, Timeframe.M1, fake.base, to, 10).get(0).openTime());
        assertEquals(10, a.candles(BTC, Timeframe.M1, fake.base, to, 10).size());
    }

    @Test
    void malformedCandlesBecomeAnIoExceptionNamingTheRow() {
        KucoinAdapter a = adapter(false);
        fake.fault(200, null, "{\"code\":\"200000\",\"data\":[[\"1566789720\",\"10\",\"11\",\"9\",\"12\",\"1\",\"0\"]]}");
        IOException e = assertThrows(IOException.class,
                () -> a.candles(BTC, Timeframe.M1, 1566789720_000L, 1566789780_000L, 10));
        assertTrue(e.getMessage().contains("row 0"), e.getMessage());
    }

    @Test
    void tickerOverLevel1() throws Exception {
        Ticker ticker = adapter(false).quotes().ticker(BTC);
        assertEquals(0, new BigDecimal("30100.4").compareTo(ticker.bid()));
        assertEquals(0, new BigDecimal("30100.6").compareTo(ticker.ask()));
        assertEquals(0, new BigDecimal("30100.5").compareTo(ticker.last()));
    }

    @Test
    void polledFeedDeliversTheLatestClosedBarThenOnlyNewOnes() throws Exception {
        KucoinAdapter a = adapter(false);
        List<Candle> candles = new CopyOnWriteArrayList<>();
        List<Ticker> tickers = new CopyOnWriteArrayList<>();
        try (AutoCloseable subscription = a.subscribe(BTC, Timeframe.M1, new MarketDataListener() {
            @Override
            public void onCandle(Candle candle) {
                candles.add(candle);
            }

            @Override
            public void onTicker(Ticker ticker) {
                tickers.add(ticker);
            }
        })) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (tickers.size() < 3 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
        }
        assertTrue(tickers.size() >= 3, "polled several rounds");
        assertFalse(candles.isEmpty());
        for (int i = 1; i < candles.size(); i++) {
            assertEquals(candles.get(i - 1).openTime() + 60_000, candles.get(i).openTime(), "no duplicate across rounds");
        }
        assertTrue(candles.get(0).openTime() >= Timeframe.M1.align(System.currentTimeMillis()) - 2 * 60_000);
    }
}
