package io.wavegrid.engine.core.kernel;

import java.util.List;

import io.wavegrid.analysis.api.PriceLevel;
import io.wavegrid.market.api.Candle;

/** What the signal engine may read of the bar being processed; valid only during the call it is passed to. */
public interface BarContext {

    Candle candle();

    /** Wilder's ATR(14) of the series; NaN while fewer than 14 bars were seen. */
    double atr();

    /** Levels every level provider published on this bar. */
    List<PriceLevel> levels();
}
