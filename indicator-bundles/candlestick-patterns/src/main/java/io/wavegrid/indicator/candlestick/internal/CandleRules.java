package io.wavegrid.indicator.candlestick.internal;

import static io.wavegrid.indicator.candlestick.internal.Bar.bearish;
import static io.wavegrid.indicator.candlestick.internal.Bar.body;
import static io.wavegrid.indicator.candlestick.internal.Bar.bodyBottom;
import static io.wavegrid.indicator.candlestick.internal.Bar.bodyMiddle;
import static io.wavegrid.indicator.candlestick.internal.Bar.bodyTop;
import static io.wavegrid.indicator.candlestick.internal.Bar.bullish;
import static io.wavegrid.indicator.candlestick.internal.Bar.longBody;
import static io.wavegrid.indicator.candlestick.internal.Bar.lowerShadow;
import static io.wavegrid.indicator.candlestick.internal.Bar.range;
import static io.wavegrid.indicator.candlestick.internal.Bar.upperShadow;

import io.wavegrid.analysis.api.Trend;
import io.wavegrid.market.api.CandleSeries;

/**
 * The shape rules, on the latest bars of a series. Sizes are relative to the bar's own range, and for the
 * doji also to the average body of the preceding bars when known, so a body that is small for the market
 * counts as small even if the bar's range is narrow too.
 */
final class CandleRules {

    private CandleRules() {
    }

    /** Whether {@code pattern} completes on the latest bar; {@code averageBody} is NaN without history. */
    static boolean matches(CandlePattern pattern, CandleSeries s, Trend priorTrend, double averageBody) {
        return switch (pattern) {
            case DOJI -> doji(s, averageBody);
            case SPINNING_TOP -> !doji(s, averageBody) && body(s, 0) <= 0.35 * range(s, 0)
                    && upperShadow(s, 0) > body(s, 0) && lowerShadow(s, 0) > body(s, 0);
            case BULLISH_MARUBOZU -> bullish(s, 0) && body(s, 0) >= 0.9 * range(s, 0);
            case BEARISH_MARUBOZU -> bearish(s, 0) && body(s, 0) >= 0.9 * range(s, 0);
            case HAMMER -> hammerShape(s) && priorTrend != Trend.UP;
            case HANGING_MAN -> hammerShape(s) && priorTrend == Trend.UP;
            case SHOOTING_STAR -> invertedShape(s) && priorTrend != Trend.DOWN;
            case INVERTED_HAMMER -> invertedShape(s) && priorTrend == Trend.DOWN;
            case BULLISH_ENGULFING -> bearish(s, 1) && bullish(s, 0) && s.open(0) <= s.close(1) && s.close(0) >= s.open(1)
                    && body(s, 0) > body(s, 1);
            case BEARISH_ENGULFING -> bullish(s, 1) && bearish(s, 0) && s.open(0) >= s.close(1) && s.close(0) <= s.open(1)
                    && body(s, 0) > body(s, 1);
            case BULLISH_HARAMI -> bearish(s, 1) && longBody(s, 1) && bullish(s, 0) && bodyTop(s, 0) <= s.open(1)
                    && bodyBottom(s, 0) >= s.close(1) && body(s, 0) < body(s, 1);
            case BEARISH_HARAMI -> bullish(s, 1) && longBody(s, 1) && bearish(s, 0) && bodyTop(s, 0) <= s.close(1)
                    && bodyBottom(s, 0) >= s.open(1) && body(s, 0) < body(s, 1);
            case PIERCING_LINE -> bearish(s, 1) && longBody(s, 1) && bullish(s, 0) && s.open(0) < s.close(1)
                    && s.close(0) >= bodyMiddle(s, 1) && s.close(0) < s.open(1);
            case DARK_CLOUD_COVER -> bullish(s, 1) && longBody(s, 1) && bearish(s, 0) && s.open(0) > s.close(1)
                    && s.close(0) <= bodyMiddle(s, 1) && s.close(0) > s.open(1);
            case MORNING_STAR -> bearish(s, 2) && longBody(s, 2) && body(s, 1) <= 0.5 * body(s, 2)
                    && bodyTop(s, 1) <= s.close(2) && bullish(s, 0) && s.close(0) >= bodyMiddle(s, 2);
            case EVENING_STAR -> bullish(s, 2) && longBody(s, 2) && body(s, 1) <= 0.5 * body(s, 2)
                    && bodyBottom(s, 1) >= s.close(2) && bearish(s, 0) && s.close(0) <= bodyMiddle(s, 2);
            case THREE_WHITE_SOLDIERS -> soldier(s, 2) && soldier(s, 1) && soldier(s, 0)
                    && s.close(1) > s.close(2) && s.close(0) > s.close(1)
                    && opensInBody(s, 1) && opensInBody(s, 0);
            case THREE_BLACK_CROWS -> crow(s, 2) && crow(s, 1) && crow(s, 0)
                    && s.close(1) < s.close(2) && s.close(0) < s.close(1)
                    && opensInBody(s, 1) && opensInBody(s, 0);
        };
    }

    private static boolean doji(CandleSeries s, double averageBody) {
        double body = body(s, 0);
        return body <= 0.05 * range(s, 0) || body <= 0.1 * averageBody;
    }

    /** Small body at the top of the bar and a lower shadow at least twice the body. */
    private static boolean hammerShape(CandleSeries s) {
        double range = range(s, 0);
        double body = Math.max(body(s, 0), 0.05 * range);
        return range > 0 && lowerShadow(s, 0) >= 2 * body && upperShadow(s, 0) <= 0.15 * range;
    }

    private static boolean invertedShape(CandleSeries s) {
        double range = range(s, 0);
        double body = Math.max(body(s, 0), 0.05 * range);
        return range > 0 && upperShadow(s, 0) >= 2 * body && lowerShadow(s, 0) <= 0.15 * range;
    }

    private static boolean soldier(CandleSeries s, int k) {
        return bullish(s, k) && longBody(s, k) && upperShadow(s, k) <= 0.4 * body(s, k);
    }

    private static boolean crow(CandleSeries s, int k) {
        return bearish(s, k) && longBody(s, k) && lowerShadow(s, k) <= 0.4 * body(s, k);
    }

    /** Bar {@code k} opens within the body of the bar before it. */
    private static boolean opensInBody(CandleSeries s, int k) {
        double open = s.open(k);
        return open >= bodyBottom(s, k + 1) && open <= bodyTop(s, k + 1);
    }
}
