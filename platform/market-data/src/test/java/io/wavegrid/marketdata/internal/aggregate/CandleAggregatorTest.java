package io.wavegrid.marketdata.internal.aggregate;

import static io.wavegrid.marketdata.Bars.BTC;
import static io.wavegrid.marketdata.Bars.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import io.wavegrid.market.api.Candle;
import io.wavegrid.market.api.Timeframe;
import io.wavegrid.marketdata.Bars;
import io.wavegrid.marketdata.internal.synthetic.SyntheticMarket;

import org.junit.jupiter.api.Test;

class CandleAggregatorTest {

    @Test
    void fiveMinuteBarsFromOneMinuteBars() {
        List<Candle> result = CandleAggregator.aggregate(Bars.series(Timeframe.M1, T0, 12), Timeframe.M5);

        // bars i=0..4: open 100, high max(101..105)=105, low 99, close 104.5, volume 1+..+5=15; the third bucket is incomplete
        assertEquals(List.of(new Candle(BTC, Timeframe.M5, T0, 100, 105, 99, 104.5, 15),
                new Candle(BTC, Timeframe.M5, T0 + 300_000, 105, 110, 104, 109.5, 40)), result);
    }

    @Test
    void aBucketWithAMissingTailIsEmittedWhenTheNextBucketStarts() {
        List<Candle> bars = new ArrayList<>(Bars.series(Timeframe.M1, T0, 10));
        bars.remove(4);
        List<Candle> out = new ArrayList<>();
        CandleAggregator aggregator = new CandleAggregator(BTC, Timeframe.M1, Timeframe.M5);
        for (int i = 0; i < 4; i++) {
            aggregator.add(bars.get(i), out::add);
        }
        assertEquals(0, out.size());
        aggregator.add(bars.get(4), out::add);
        assertEquals(new Candle(BTC, Timeframe.M5, T0, 100, 104, 99, 103.5, 10), out.get(0));
    }

    @Test
    void everyPathToAHigherTimeframeAgrees() {
        SyntheticMarket market = new SyntheticMarket(7, BTC, 60_000, T0);
        List<Candle> minutes = new ArrayList<>();
        for (int i = 0; i < 14 * 1440; i++) {
            minutes.add(market.next());
        }
        List<Candle> direct = CandleAggregator.aggregate(minutes, Timeframe.H4);
        List<Candle> viaQuarterHours = CandleAggregator.aggregate(CandleAggregator.aggregate(minutes, Timeframe.M15), Timeframe.H4);
        assertEquals(direct.size(), viaQuarterHours.size());
        for (int i = 0; i < direct.size(); i++) {
            Candle a = direct.get(i);
            Candle b = viaQuarterHours.get(i);
            assertEquals(a.openTime(), b.openTime());
            assertEquals(a.high(), b.high());
            assertEquals(a.low(), b.low());
            assertEquals(a.close(), b.close());
            assertEquals(a.volume(), b.volume(), 1e-9 * a.volume());
        }
        List<Candle> weeks = CandleAggregator.aggregate(minutes, Timeframe.W1);
        assertEquals(2, weeks.size());
        assertEquals(T0, weeks.get(0).openTime()); // 2024-01-01 is a Monday
    }

    @Test
    void refusesTargetsThatAreNotMultiplesOrWrongInput() {
        assertThrows(IllegalArgumentException.class, () -> new CandleAggregator(BTC, Timeframe.H1, Timeframe.M30));
        CandleAggregator aggregator = new CandleAggregator(BTC, Timeframe.M1, Timeframe.H1);
        assertThrows(IllegalArgumentException.class, () -> aggregator.add(Bars.bar(Timeframe.M5, T0, 100), c -> { }));
    }
}
