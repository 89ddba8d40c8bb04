package io.wavegrid.indicator.technical.internal.calculator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.wavegrid.analysis.api.IndicatorCalculator;
import io.wavegrid.indicator.core.Seeding;
import io.wavegrid.indicator.testkit.Bars;
import io.wavegrid.indicator.testkit.CandleTable;
import io.wavegrid.indicator.testkit.Feed;
import io.wavegrid.indicator.testkit.ReferenceVectors;
import io.wavegrid.indicator.testkit.ReferenceVectors.Sheet;
import io.wavegrid.indicator.testkit.SharedData;

import org.junit.jupiter.api.Test;

/**
 * ta4j's golden spreadsheets (GOLD weekly prices), computed independently in a spreadsheet. Their convention
 * is {@link Seeding#FIRST_VALUE}: every recursive average starts at its first input and the first bar counts
 * as a zero change. Values are printed with ~9 significant digits; they are compared from the bar where our
 * warm-up ends.
 */
class Ta4jSpreadsheetTest {

    private static final String DIR = "indicators/ta4j-test-resources/indicators/";

    @Test
    void sma() {
        Sheet sheet = sheet("averages/SMA.csv");
        assertColumn(sheet.column("SMA"), new SmaCalculator(sheet.parameter("length")), table(sheet), 0);
    }

    @Test
    void emaSeededWithTheFirstValue() {
        Sheet sheet = sheet("averages/EMA.csv");
        assertColumn(sheet.column("EMA"), new EmaCalculator(sheet.parameter("length"), Seeding.FIRST_VALUE), table(sheet), 0);
    }

    @Test
    void rsiWilderFirstValueSeeded() {
        Sheet sheet = sheet("RSI.csv");
        assertColumn(sheet.column("RSI"), new RsiCalculator(sheet.parameter("length"), Seeding.FIRST_VALUE), table(sheet), 0);
    }

    @Test
    void atrWilderFirstValueSeeded() {
        Sheet sheet = sheet("ATR.csv");
        assertColumn(sheet.column("ATR"), new AtrCalculator(sheet.parameter("length"), Seeding.FIRST_VALUE), table(sheet), 0);
    }

    @Test
    void adxAndDirectionalIndicatorsWithDifferentPeriods() {
        Sheet sheet = sheet("adx/ADX.csv");
        int di = sheet.parameter("diLength");
        int dx = sheet.parameter("dxLength");
        CandleTable table = table(sheet);
        assertColumn(sheet.column("ADX"), new AdxCalculator(di, dx, Seeding.FIRST_VALUE), table, 0);
        assertColumn(sheet.column("+DI"), new AdxCalculator(di, dx, Seeding.FIRST_VALUE), table, 1);
        assertColumn(sheet.column("-DI"), new AdxCalculator(di, dx, Seeding.FIRST_VALUE), table, 2);
    }

    private static Sheet sheet(String name) {
        return ReferenceVectors.ta4jSheet(SharedData.require(DIR + name));
    }

    private static CandleTable table(Sheet sheet) {
        return Bars.of(sheet.column("High"), sheet.column("Low"), sheet.column("Close"), sheet.column("Volume"));
    }

    private static void assertColumn(double[] expected, IndicatorCalculator calculator, CandleTable table, int output) {
        double[] actual = Feed.values(calculator, table, output)[0];
        int compared = 0;
        for (int i = 0; i < expected.length; i++) {
            if (!Double.isNaN(actual[i])) {
                assertEquals(expected[i], actual[i], 1e-6 * Math.max(1, Math.abs(expected[i])), "bar " + i);
                compared++;
            }
        }
        assertEquals(true, compared > expected.length / 2, "compared only " + compared + " of " + expected.length);
    }
}
