package io.wavegrid.indicator.core;

import static io.wavegrid.indicator.core.DecimalRounding.LONG_POWERS;

/**
 * Appends numbers to reasoning text exactly as {@code String.format(Locale.ROOT, ...)} writes them, for the
 * conversions evidence uses: {@code %.nf} ({@link #fixed}), {@code %+.nf} ({@link #signedFixed}),
 * {@code %.ng} ({@link #significant}) and {@code %+.ng} ({@link #signedSignificant}). Same digits (HALF_UP on
 * the double's shortest decimal: 2.675 reads 2.68 and 9.95 reads 10.0), same minus sign on -0.0 and on
 * negatives that round to zero, same NaN and Infinity, same switch to {@code 1.235e+05} notation.
 *
 * <p>Evaluators write a sentence on every closed bar, on the shard thread that also sends the orders; the
 * formatter costs a parse of the pattern and a dozen objects per number there. Here ordinary magnitudes (in
 * the fixed forms up to 10^14 counted in the last decimal kept, so below 10^12 at two decimals; in the
 * significant-digit forms from about 10^-18 to 9·10^15) are written with primitive arithmetic and allocate
 * nothing, so an evaluator that reuses one builder per series allocates only the final {@code String}. Other
 * values take an exact but allocating path. Stateless: safe from any thread that has its own builder.
 */
public final class DecimalText {

    /** The most decimals or significant digits asked for: a double carries 17 significant digits. */
    public static final int MAX_DIGITS = 17;

    private DecimalText() {
    }

    /** {@code value} with {@code decimals} digits after the point, as {@code %.nf}: 0.05 at one decimal is 0.1. */
    public static StringBuilder fixed(StringBuilder out, double value, int decimals) {
        return fixed(out, value, decimals, false);
    }

    /** As {@link #fixed}, with a + before positive values and zero, as {@code %+.nf}: +0.25. */
    public static StringBuilder signedFixed(StringBuilder out, double value, int decimals) {
        return fixed(out, value, decimals, true);
    }

    /**
     * {@code value} to {@code digits} significant digits, as {@code %.ng}: plain notation when the rounded value
     * is at least 10^-4 and below 10^digits (0.0001235, 123.5), otherwise 1.235e+05 or 1.235e-07.
     */
    public static StringBuilder significant(StringBuilder out, double value, int digits) {
        return significant(out, value, digits, false);
    }

    /** As {@link #significant}, with a + before positive values and zero, as {@code %+.ng}: +12.35. */
    public static StringBuilder signedSignificant(StringBuilder out, double value, int digits) {
        return significant(out, value, digits, true);
    }

    private static StringBuilder fixed(StringBuilder out, double value, int decimals, boolean plus) {
        requireDigits("decimals", decimals, 0);
        if (!sign(out, value, plus)) {
            return out;
        }
        double magnitude = Math.abs(value);
        long scaled = magnitude == 0 ? 0 : DecimalRounding.scaled(magnitude, decimals);
        if (scaled < 0) {
            return out.append(DecimalRounding.plain(magnitude, decimals));
        }
        return point(out, scaled, decimals);
    }

    private static StringBuilder significant(StringBuilder out, double value, int digits, boolean plus) {
        requireDigits("significant digits", digits, 1);
        if (!sign(out, value, plus)) {
            return out;
        }
        double magnitude = Math.abs(value);
        if (magnitude == 0) {
            return point(out, 0, digits - 1);
        }
        // The decimal exponent of the rounded value. log10 can be one off next to a power of ten, and rounding
        // can carry into the next power (9.9995 to 10.00), so the rounded digits have the last word.
        int exponent = (int) Math.floor(Math.log10(magnitude));
        long significand = DecimalRounding.scaled(magnitude, digits - 1 - exponent);
        while (significand < LONG_POWERS[digits - 1] || significand > LONG_POWERS[digits]) {
            exponent += significand < LONG_POWERS[digits - 1] ? -1 : 1;
            significand = DecimalRounding.scaled(magnitude, digits - 1 - exponent);
        }
        if (significand == LONG_POWERS[digits]) {
            exponent++;
            significand = LONG_POWERS[digits - 1];
        }
        if (exponent < -4 || exponent >= digits) {
            point(out, significand, digits - 1).append(exponent < 0 ? "e-" : "e+");
            int size = Math.abs(exponent);
            return (size < 10 ? out.append('0') : out).append(size);
        }
        if (exponent >= 0) {
            return point(out, significand, digits - 1 - exponent);
        }
        out.append("0.");
        zeros(out, -exponent - 1);
        return out.append(significand);
    }

    private static void requireDigits(String what, int count, int least) {
        if (count < least || count > MAX_DIGITS) {
            throw new IllegalArgumentException(what + " must be within [" + least + ", " + MAX_DIGITS + "], got " + count);
        }
    }

    /** Writes the sign; for NaN and the infinities the whole text. @return whether digits are still to come */
    private static boolean sign(StringBuilder out, double value, boolean plus) {
        if (Double.isNaN(value)) {
            out.append("NaN");
            return false;
        }
        if (Double.doubleToRawLongBits(value) < 0) {
            out.append('-');
        } else if (plus) {
            out.append('+');
        }
        if (Double.isInfinite(value)) {
            out.append("Infinity");
            return false;
        }
        return true;
    }

    /** {@code scaled} / 10^decimals with exactly {@code decimals} digits after the point (none: no point). */
    private static StringBuilder point(StringBuilder out, long scaled, int decimals) {
        long unit = LONG_POWERS[decimals];
        out.append(scaled / unit);
        if (decimals == 0) {
            return out;
        }
        long fraction = scaled % unit;
        out.append('.');
        for (long place = unit / 10; place > 1 && fraction < place; place /= 10) {
            out.append('0');
        }
        return out.append(fraction);
    }

    private static void zeros(StringBuilder out, int count) {
        for (int i = 0; i < count; i++) {
            out.append('0');
        }
    }
}
