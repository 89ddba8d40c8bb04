package io.wavegrid.indicator.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every number is checked against {@code String.format(Locale.ROOT, ...)} for each conversion below.
 *
 * <p>Intentional differences: none in the text. The scope is narrower than the formatter's: only the
 * conversions {@code %.nf}, {@code %+.nf}, {@code %.ng}, {@code %+.ng} with n up to 17 (a double has no more
 * digits to show), no width, no other flags, and always {@code Locale.ROOT} (reasoning text must not change
 * with the machine's locale). The formatter rounds the digits of {@link Double#toString}; JDK 17 (and 21 on)
 * use one algorithm for both, so these tests pin the match on the JDK the project runs.
 */
class DecimalTextTest {

    private static final int[] DECIMALS = {0, 1, 2, 3, 6, 17};
    private static final int[] DIGITS = {1, 2, 4, 6, 10, 17};

    private static final double[] EDGES = {0.0, -0.0, 0.05, 0.15, 0.25, 0.35, 0.45, 2.675, 1.005, 0.125, 9.95, 9.995,
        99.95, 999.5, 9999.5, 99999.5, 0.5, 1.5, 2.5, -0.5, -2.675, -9.95, -0.001, -0.004, 0.004, 0.0049999, 1e-4,
        9.9995e-5, 9.99949e-5, 1e-5, 1e-9, -1e-9, 1e12, -1e12, 1e15, 1e16, 1e17, 1e22, 1e23, 123456.5, 1234567.0,
        Long.MAX_VALUE, 9.2233720368547758e18, 0.1 + 0.2, 1.0 / 3, 2.0 / 3, 100, 50, 70.00000000000001, 29.999999999999996,
        Double.MIN_VALUE, Double.MIN_NORMAL, Math.nextDown(Double.MIN_NORMAL), Double.MAX_VALUE,
        Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};

    @Test
    void knownTextsOfTheBrief() {
        assertEquals("2.68", fixed(2.675, 2), "HALF_UP on the shortest decimal");
        assertEquals("0.1", fixed(0.05, 1));
        assertEquals("0.2", fixed(0.15, 1));
        assertEquals("10.0", fixed(9.95, 1), "carry into a new digit");
        assertEquals("-10.0", fixed(-9.95, 1));
        assertEquals("-0.00", fixed(-0.0, 2), "the formatter keeps the sign");
        assertEquals("-0.00", fixed(-0.001, 2));
        assertEquals("+0.00", signedFixed(0.0, 2));
        assertEquals("1000000000000.00", fixed(1e12, 2));
        assertEquals("+12.35", signedSignificant(12.345, 4));
        assertEquals("-0.001235", signedSignificant(-0.00123456, 4));
        assertEquals("+1.000e-09", signedSignificant(1e-9, 4));
        assertEquals("1.00000e+12", significant(1e12, 6));
        assertEquals("1.000e+04", significant(9999.5, 4), "rounded past 10^4");
        assertEquals("0.0001000", significant(9.9995e-5, 4), "rounded up to 10^-4");
        assertEquals("0.000", significant(0.0, 4));
        assertEquals("NaN", signedFixed(Double.NaN, 2), "no sign on NaN");
        assertEquals("+Infinity", signedSignificant(Double.POSITIVE_INFINITY, 4));
        assertEquals("-Infinity", fixed(Double.NEGATIVE_INFINITY, 1));
    }

    @Test
    void edgeValuesReadAsTheFormatterWritesThem() {
        for (double value : EDGES) {
            assertLikeTheFormatter(value);
            assertLikeTheFormatter(-value);
            assertLikeTheFormatter(Math.nextUp(value));
            assertLikeTheFormatter(Math.nextDown(value));
        }
    }

    /** Every finite double is as likely as any other: most are far outside ordinary magnitudes. */
    @Test
    void anyBitPatternReadsAsTheFormatterWritesIt() {
        SplittableRandom random = new SplittableRandom(17);
        for (int i = 0; i < 10_000; i++) {
            assertLikeTheFormatter(Double.longBitsToDouble(random.nextLong()));
        }
    }

    @Test
    void ordinaryMagnitudesReadAsTheFormatterWritesThem() {
        SplittableRandom random = new SplittableRandom(29);
        for (int i = 0; i < 20_000; i++) {
            double value = Math.pow(10, random.nextDouble(-12, 16)) * (random.nextBoolean() ? 1 : -1);
            assertLikeTheFormatter(value);
        }
    }

    /** Prices, percentages and ratios are usually short decimals, the values most often exactly half-way. */
    @Test
    void shortDecimalsAndHalfWayPointsReadAsTheFormatterWritesThem() {
        SplittableRandom random = new SplittableRandom(41);
        for (int i = 0; i < 10_000; i++) {
            int places = random.nextInt(0, 12);
            double value = (random.nextLong(0, 10_000_000) * 10 + 5) / Math.pow(10, places + 1);
            assertLikeTheFormatter(value);
            assertLikeTheFormatter(Math.nextUp(value));
            assertLikeTheFormatter(Math.nextDown(value));
            assertLikeTheFormatter(random.nextLong(-1_000_000, 1_000_000) / Math.pow(10, places));
        }
    }

    @Test
    void appendsAfterWhatIsAlreadyThere() {
        StringBuilder text = new StringBuilder("RSI ");
        assertSame(text, DecimalText.fixed(text, 70.25, 1));
        DecimalText.signedSignificant(text.append(", MACD "), -0.000123456, 4);
        assertEquals("RSI 70.3, MACD -0.0001235", text.toString());
    }

    @Test
    void rejectsDigitCountsOutOfRangeAndWritesNothing() {
        StringBuilder text = new StringBuilder("kept");
        assertThrows(IllegalArgumentException.class, () -> DecimalText.fixed(text, 1.5, -1));
        assertThrows(IllegalArgumentException.class, () -> DecimalText.signedFixed(text, 1.5, 18));
        assertThrows(IllegalArgumentException.class, () -> DecimalText.significant(text, 1.5, 0));
        assertThrows(IllegalArgumentException.class, () -> DecimalText.signedSignificant(text, Double.NaN, 18));
        assertEquals("kept", text.toString());
    }

    /** The point of the class: a builder reused per series, and no garbage per number. */
    @Test
    void ordinaryValuesAllocateNothing() {
        Assumptions.assumeTrue(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean,
                "this JVM does not count allocated bytes per thread");
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Assumptions.assumeTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled(),
                "per-thread allocation counting is off");
        StringBuilder text = new StringBuilder(256);
        writeOrdinaryValues(text, 20_000);
        long before = threads.getCurrentThreadAllocatedBytes();
        int length = writeOrdinaryValues(text, 100_000);
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertTrue(length > 0);
        assertTrue(allocated < 1024, allocated + " bytes allocated for 100000 bars of numbers");
    }

    /** The numbers of a technical evaluator's sentence, including values exactly half-way (50.25 at one decimal). */
    private static int writeOrdinaryValues(StringBuilder text, int bars) {
        int length = 0;
        for (int bar = 0; bar < bars; bar++) {
            text.setLength(0);
            double rsi = 30 + (bar % 4001) / 100.0;
            DecimalText.fixed(text, rsi, 1);
            DecimalText.signedSignificant(text, (bar % 2000 - 1000) * 0.00137, 4);
            DecimalText.fixed(text, (bar % 300) / 199.0 - 0.25, 2);
            DecimalText.signedFixed(text, -rsi, 1);
            DecimalText.significant(text, 30_000 + bar * 0.37, 6);
            length += text.length();
        }
        return length;
    }

    private static String fixed(double value, int decimals) {
        return DecimalText.fixed(new StringBuilder(), value, decimals).toString();
    }

    private static String signedFixed(double value, int decimals) {
        return DecimalText.signedFixed(new StringBuilder(), value, decimals).toString();
    }

    private static String significant(double value, int digits) {
        return DecimalText.significant(new StringBuilder(), value, digits).toString();
    }

    private static String signedSignificant(double value, int digits) {
        return DecimalText.signedSignificant(new StringBuilder(), value, digits).toString();
    }

    private static void assertLikeTheFormatter(double value) {
        for (int decimals : DECIMALS) {
            assertText("%." + decimals + "f", value, DecimalText.fixed(new StringBuilder(), value, decimals));
            assertText("%+." + decimals + "f", value, DecimalText.signedFixed(new StringBuilder(), value, decimals));
        }
        for (int digits : DIGITS) {
            assertText("%." + digits + "g", value, DecimalText.significant(new StringBuilder(), value, digits));
            assertText("%+." + digits + "g", value, DecimalText.signedSignificant(new StringBuilder(), value, digits));
        }
    }

    private static void assertText(String pattern, double value, StringBuilder actual) {
        String expected = String.format(Locale.ROOT, pattern, value);
        if (!expected.contentEquals(actual)) {
            assertEquals(expected, actual.toString(), () -> pattern + " of " + value + " (bits "
                    + Long.toHexString(Double.doubleToRawLongBits(value)) + ")");
        }
    }
}
