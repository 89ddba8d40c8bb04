package io.wavegrid.indicator.core;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Rounds a magnitude scaled by a power of ten the way {@link java.util.Formatter} does: HALF_UP applied to
 * the decimal digits {@link Double#toString} gives the double (the shortest decimal that reads back as it),
 * not to its exact binary value. That is why 2.675, stored as 2.67499999999999982..., reads 2.68 at two
 * decimals. Ordinary magnitudes are rounded with primitive arithmetic; the rest go through
 * {@link BigDecimal}, which is exact but allocates.
 */
final class DecimalRounding {

    /** 10^0 to 10^18, every power of ten a long holds. */
    static final long[] LONG_POWERS = new long[19];

    /** 10^0 to 10^22: the powers of ten a double holds exactly, so scaling by them rounds only once. */
    private static final double[] POWERS = new double[23];

    /**
     * Below this the decimals that read back as the double span less than 0.025 in scaled units (one ulp of
     * the double, at most 2^-52 of it): narrower than the 0.1 between two decimals one digit longer than the
     * rounding keeps, so at most one of those can be the double's shortest decimal.
     */
    private static final double FAST_LIMIT = 1e14;

    /**
     * From here on every double is a whole number, and JDK 17 writes those of up to 63 bits from their exact
     * digits, keeping more than the shortest decimal needs (5.0500708139053498E17): the reasoning below about
     * shortest decimals holds only under it.
     */
    private static final double WHOLE_NUMBERS_FROM = 0x1p53;

    static {
        long power = 1;
        for (int i = 0; i < LONG_POWERS.length; i++) {
            LONG_POWERS[i] = power;
            power *= 10;
        }
        for (int i = 0; i < POWERS.length; i++) {
            POWERS[i] = Double.parseDouble("1e" + i);
        }
    }

    private DecimalRounding() {
    }

    /**
     * HALF_UP(S · 10^k) for the decimal S that {@link Double#toString} writes for {@code magnitude}.
     *
     * @param magnitude finite and greater than zero
     * @return the rounded whole number, or -1 when it does not fit a long
     */
    static long scaled(double magnitude, int k) {
        if (magnitude >= Double.MIN_NORMAL && magnitude < WHOLE_NUMBERS_FROM && k >= -22 && k <= 22) {
            double scaled = k >= 0 ? magnitude * POWERS[k] : magnitude / POWERS[-k];
            if (scaled < FAST_LIMIT) {
                return roundScaled(magnitude, k, scaled);
            }
        }
        BigDecimal rounded = shortest(magnitude).movePointRight(k).setScale(0, RoundingMode.HALF_UP);
        return rounded.unscaledValue().bitLength() < Long.SIZE - 1 ? rounded.longValueExact() : -1;
    }

    /** {@code magnitude} rounded HALF_UP to {@code decimals}, in plain notation: for values past a long. */
    static String plain(double magnitude, int decimals) {
        return shortest(magnitude).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }

    /**
     * {@code scaled} is within 1.5 of its ulps of S · 10^k: half an ulp from rounding the product, about one
     * from the gap between the double and S. Farther than that from a half-way point, the error cannot change
     * which way S rounds.
     */
    private static long roundScaled(double magnitude, int k, double scaled) {
        double whole = Math.floor(scaled);
        double fraction = scaled - whole;
        if (Math.abs(fraction - 0.5) > 4 * Math.ulp(scaled)) {
            return (long) whole + (fraction > 0.5 ? 1 : 0);
        }
        // Next to the half-way decimal H = (whole + 0.5) / 10^k. If H reads back as the double, S is H (no
        // shorter decimal and no other one of its length reads back as it, see FAST_LIMIT) and HALF_UP rounds
        // it up. Otherwise S and the double lie on the same side of H, and H correctly rounded to a double
        // (one operation on exact operands) tells which side.
        double half = whole + 0.5;
        double halfAsDouble = k >= 0 ? half / POWERS[k] : half * POWERS[-k];
        return (long) whole + (halfAsDouble <= magnitude ? 1 : 0);
    }

    private static BigDecimal shortest(double magnitude) {
        return new BigDecimal(Double.toString(magnitude));
    }
}
