package io.wavegrid.indicator.candlestick.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import io.wavegrid.indicator.testkit.Bars;
import io.wavegrid.indicator.testkit.ReferenceVectors;
import io.wavegrid.indicator.testkit.SharedData;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The first (positive) case of each technicalindicators test file for a pattern we recognise: the pattern
 * must be detected on one of the case's bars. The library's hammer and shooting-star cases carry the trend
 * and a confirmation bar around the pattern bar.
 */
class JsCandlestickCasesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "Doji, doji",
            "BullishSpinningTop, spinning-top",
            "BearishSpinningTop, spinning-top",
            "BullishMarubozu, bullish-marubozu",
            "BearishMarubozu, bearish-marubozu",
            "BullishHammerStick, hammer",
            "BearishHammerStick, hammer",
            "HammerPattern, hammer",
            "ShootingStar, shooting-star",
            "BullishEngulfingPattern, bullish-engulfing",
            "BearishEngulfingPattern, bearish-engulfing",
            "BullishHarami, bullish-harami",
            "BearishHarami, bearish-harami",
            "PiercingLine, piercing-line",
            "DarkCloudCover, dark-cloud-cover",
            "MorningStar, morning-star",
            "EveningStar, evening-star",
            "ThreeWhiteSoldiers, three-white-soldiers",
            "ThreeBlackCrows, three-black-crows"})
    void positiveCaseIsDetected(String file, String label) {
        Map<String, double[]> input = ReferenceVectors.jsArrays(
                SharedData.require("patterns/candlestick-technicalindicators-js/candlestick/" + file + ".js"));
        var table = Bars.ohlc(input.get("open"), input.get("high"), input.get("low"), input.get("close"));
        assertTrue(Detections.detectedAnywhere(Detections.perBar(table), label), file + " should show " + label);
    }

    @Test
    void singleCandleIsNoEngulfing() {
        var table = Bars.ohlc(new double[] {21.44}, new double[] {25.10}, new double[] {20.82}, new double[] {23.25});
        assertFalse(Detections.detectedAnywhere(Detections.perBar(table), "bearish-engulfing"));
    }
}
