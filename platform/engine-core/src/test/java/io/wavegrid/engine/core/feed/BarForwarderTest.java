package io.wavegrid.engine.core.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import io.wavegrid.market.api.Candle;
import io.wavegrid.market.api.MarketDataListener;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Timeframe;

import org.junit.jupiter.api.Test;

class BarForwarderTest {

    private final List<String> heard = new ArrayList<>();
    private final BarForwarder forwarder = new BarForwarder(c -> heard.add("hook"));

    private MarketDataListener named(String name) {
        return c -> heard.add(name);
    }

    @Test
    void exchangesHearABarBeforeTheExecutionSideEachByRankingAndAFailureIsSkipped() {
        forwarder.add(named("execution"), true);
        forwarder.add(named("paper"), false);
        forwarder.add(c -> {
            throw new IllegalStateException("boom");
        }, false);
        forwarder.add(named("clock"), false, Integer.MAX_VALUE);
        forwarder.add(named("late"), false);
        forwarder.beforeAnalysis(new Candle(Symbol.parse("BTCUSDT"), Timeframe.M1, 60_000, 10, 11, 9, 10, 1));
        assertEquals(List.of("clock", "paper", "late", "execution", "hook"), heard);
    }

    @Test
    void theExecutionSideHearsWhereTheBarBeginsBeforeAnyListenerAndWhereItEndsAndAFailureThereIsSkipped() {
        forwarder.add(named("paper"), false);
        forwarder.add(new MarketDataListener() {
            @Override
            public void onCandle(Candle candle) {
                heard.add("execution");
            }

            @Override
            public void beforeBar(Candle candle) {
                heard.add("execution begins");
            }

            @Override
            public void afterBar(Candle candle) {
                heard.add("execution ends");
            }
        }, true);
        forwarder.add(new MarketDataListener() {
            @Override
            public void onCandle(Candle candle) {
            }

            @Override
            public void beforeBar(Candle candle) {
                throw new IllegalStateException("boom");
            }

            @Override
            public void afterBar(Candle candle) {
                throw new IllegalStateException("boom");
            }
        }, true, -1);
        Candle bar = new Candle(Symbol.parse("BTCUSDT"), Timeframe.M1, 60_000, 10, 11, 9, 10, 1);

        forwarder.beforeAnalysis(bar);
        heard.add("analysis");
        forwarder.afterAnalysis(bar);

        assertEquals(List.of("execution begins", "paper", "execution", "hook", "analysis", "execution ends"), heard);
    }

    @Test
    void aRemovedListenerHearsNothingMore() {
        MarketDataListener paper = named("paper");
        forwarder.add(paper, false);
        forwarder.remove(paper);
        forwarder.beforeAnalysis(new Candle(Symbol.parse("BTCUSDT"), Timeframe.M1, 60_000, 10, 11, 9, 10, 1));
        assertEquals(List.of("hook"), heard);
    }
}
