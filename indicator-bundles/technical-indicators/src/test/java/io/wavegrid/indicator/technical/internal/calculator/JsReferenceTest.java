package io.wavegrid.indicator.technical.internal.calculator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import io.wavegrid.indicator.core.Seeding;
import io.wavegrid.indicator.testkit.Bars;
import io.wavegrid.indicator.testkit.Feed;
import io.wavegrid.indicator.testkit.ReferenceVectors;
import io.wavegrid.indicator.testkit.SharedData;

import org.junit.jupiter.api.Test;

/**
 * Reference arrays of the technicalindicators JavaScript library's tests. RSI there is Wilder's, SMA-seeded,
 * printed to 2 decimals; VWAP is cumulative from the first bar (our SESSION mode within one UTC day).
 */
class JsReferenceTest {

    private static final String DIR = "indicators/technicalindicators-js-tests/";

    @Test
    void rsiWilderSmaSeeded() {
        Map<String, double[]> arrays = ReferenceVectors.jsArrays(SharedData.require(DIR + "oscillators/RSI.js"));
        double[] expected = arrays.get("expectedResult");
        double[] actual = Feed.tail(Feed.values(new RsiCalculator(14, Seeding.SMA), Bars.ofCloses(arrays.get("values"))),
                expected.length);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], 0.0051, "RSI " + i);
        }
    }

    @Test
    void sessionVwap() {
        Map<String, double[]> arrays = ReferenceVectors.jsArrays(SharedData.require(DIR + "volume/VWAP.js"));
        double[] expected = arrays.get("expectedResult");
        double[] actual = Feed.values(new VwapCalculator(VwapCalculator.Mode.SESSION, 1),
                Bars.of(arrays.get("high"), arrays.get("low"), arrays.get("close"), arrays.get("volume")));
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], 0.0051, "VWAP " + i);
        }
    }
}
