package io.wavegrid.marketdata.internal.validate;

import static io.wavegrid.marketdata.Bars.BTC;
import static io.wavegrid.marketdata.Bars.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import io.wavegrid.market.api.Candle;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Timeframe;
import io.wavegrid.marketdata.Bars;
import io.wavegrid.marketdata.internal.validate.Rejections.Kind;

import org.junit.jupiter.api.Test;

class CandleValidatorTest {

    private static final long MINUTE = 60_000;

    @Test
    void rawValuesAreRejectedWithTheirReasonAndCounted() {
        CandleValidator validator = new CandleValidator(BTC, Timeframe.M1);
        assertNull(validator.check(T0, 10, 11, 9, 10.5, 1));
        assertTrue(validator.check(T0 + MINUTE, 10, 9.5, 9, 10.5, 1).contains("below open/close"));
        assertTrue(validator.check(T0 + MINUTE, 10, 11, 9, 10.5, -1).contains("negative"));
        assertTrue(validator.check(T0 + MINUTE, Double.NaN, 11, 9, 10.5, 1).contains("NaN"));
        assertTrue(validator.check(T0 + MINUTE + 5, 10, 11, 9, 10.5, 1).contains("not aligned"));
        assertTrue(validator.check(T0, 10, 11, 9, 10.5, 1).contains("duplicate"));
        assertTrue(validator.check(T0 - MINUTE, 10, 11, 9, 10.5, 1).contains("out of order"));
        assertNull(validator.check(T0 + MINUTE, 10, 11, 9, 10.5, 0));

        Rejections r = validator.rejections();
        assertEquals(6, r.total());
        assertEquals(3, r.count(Kind.INVALID_VALUES));
        assertEquals(1, r.count(Kind.MISALIGNED));
        assertEquals(1, r.count(Kind.DUPLICATE));
        assertEquals(1, r.count(Kind.OUT_OF_ORDER));
        assertTrue(r.summary().startsWith("6 rejected (INVALID_VALUES 3, MISALIGNED 1, DUPLICATE 1, OUT_OF_ORDER 1)"), r.summary());
    }

    @Test
    void filterKeepsTheValidSeriesInOrderAndDropsTheRest() {
        List<Candle> bars = new ArrayList<>(Bars.series(Timeframe.M1, T0, 5));
        bars.add(2, bars.get(1));
        bars.add(bars.get(0));
        bars.add(new Candle(new Symbol("ETH", "USDT"), Timeframe.M1, T0 + 10 * MINUTE, 1, 1, 1, 1, 1));
        CandleValidator validator = new CandleValidator(BTC, Timeframe.M1, T0, T0 + 4 * MINUTE);

        List<Candle> accepted = validator.filter(bars);

        assertEquals(Bars.series(Timeframe.M1, T0, 4), accepted);
        assertEquals(1, validator.rejections().count(Kind.DUPLICATE));
        assertEquals(1, validator.rejections().count(Kind.OUTSIDE_RANGE));
        assertEquals(1, validator.rejections().count(Kind.OUT_OF_ORDER));
        assertEquals(1, validator.rejections().count(Kind.WRONG_SERIES));
    }

    @Test
    void afterTreatsAlreadyStoredBarsAsDuplicates() {
        CandleValidator validator = new CandleValidator(BTC, Timeframe.M1).after(T0 + MINUTE);
        assertEquals(1, validator.filter(Bars.series(Timeframe.M1, T0, 3)).size());
        assertEquals(1, validator.rejections().count(Kind.DUPLICATE));
        assertEquals(1, validator.rejections().count(Kind.OUT_OF_ORDER));
    }
}
