package io.wavegrid.engine.core.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.wavegrid.engine.api.Engine;
import io.wavegrid.engine.api.EngineStatus;
import io.wavegrid.engine.api.PluginInfo;
import io.wavegrid.engine.api.ProfileStatus;
import io.wavegrid.market.api.Candle;
import io.wavegrid.market.api.MarketDataFeed;
import io.wavegrid.market.api.MarketDataListener;
import io.wavegrid.market.api.Side;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Timeframe;
import io.wavegrid.market.api.Trade;
import io.wavegrid.signal.api.AggregatedSignal;

import org.junit.jupiter.api.Test;

class FeedFollowerTest {

    private final List<String> events = new ArrayList<>();
    private final List<String> subscribed = new ArrayList<>();
    private final List<MarketDataListener> listeners = new ArrayList<>();
    private int closed;

    private final MarketDataFeed feed = (symbol, timeframe, listener) -> {
        subscribed.add(symbol + " " + timeframe.code());
        listeners.add(listener);
        return () -> closed++;
    };

    private final Engine engine = new Engine() {
        public void submit(Candle candle) {
            events.add("engine " + candle.openTime());
        }

        public List<PluginInfo> plugins() {
            return List.of();
        }

        public Optional<AggregatedSignal> lastSignal(String profile, Symbol symbol, Timeframe timeframe) {
            return Optional.empty();
        }

        public List<ProfileStatus> profiles() {
            return List.of();
        }

        public EngineStatus status() {
            return new EngineStatus(true, 1, 0, 0, 0, 0);
        }
    };

    private static FeedConfig config(String[] symbols, String[] timeframes) {
        return new FeedConfig() {
            public Class<? extends Annotation> annotationType() {
                return FeedConfig.class;
            }

            public String[] symbols() {
                return symbols;
            }

            public String[] timeframes() {
                return timeframes;
            }

            public String feed_target() {
                return "(feed.name=test)";
            }
        };
    }

    @Test
    void subscribesEverySeriesAndClosesThemOnDeactivation() {
        FeedFollower follower = new FeedFollower(feed, engine, config(new String[] {"BTCUSDT, ETH/USDT"}, new String[] {"1m", "1h"}));
        assertEquals(List.of("BTCUSDT 1m", "BTCUSDT 1h", "ETHUSDT 1m", "ETHUSDT 1h"), subscribed);
        follower.deactivate();
        assertEquals(4, closed);
    }

    @Test
    void followsNothingWithoutSymbolsAndRejectsUnknownTimeframes() {
        new FeedFollower(feed, engine, config(new String[] {""}, new String[] {"1h"}));
        assertEquals(List.of(), subscribed);
        assertThrows(IllegalArgumentException.class, () -> new FeedFollower(feed, engine, config(new String[] {"BTCUSDT"},
                new String[] {"7m"})));
    }

    @Test
    void barsGoToTheKernelWhichShowsThemToTheExchangesAndTradesGoStraightToTheExchanges() {
        FeedFollower follower = new FeedFollower(feed, engine, config(new String[] {"BTCUSDT"}, new String[] {"1m"}));
        MarketDataListener broken = new MarketDataListener() {
            public void onCandle(Candle c) {
                throw new IllegalStateException("boom");
            }

            public void onTrade(Trade t) {
                throw new IllegalStateException("boom");
            }
        };
        MarketDataListener paper = new MarketDataListener() {
            public void onCandle(Candle c) {
                events.add("paper candle " + c.openTime());
            }

            public void onTrade(Trade t) {
                events.add("paper trade " + t.time().toEpochMilli());
            }
        };
        follower.exchanges = List.of(broken, paper);
        Symbol btc = Symbol.parse("BTCUSDT");
        listeners.get(0).onCandle(new Candle(btc, Timeframe.M1, 60_000, 10, 11, 9, 10, 1));
        listeners.get(0).onTrade(new Trade(btc, "t1", java.math.BigDecimal.TEN, java.math.BigDecimal.ONE, Side.BUY, java.time.Instant.ofEpochMilli(61_000)));
        assertEquals(List.of("engine 60000", "paper trade 61000"), events);
    }
}
