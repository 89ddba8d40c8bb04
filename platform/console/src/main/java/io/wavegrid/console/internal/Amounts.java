package io.wavegrid.console.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Money and quantities for people: at most 8 decimals, never in exponent notation. */
final class Amounts {

    private Amounts() {
    }

    static String plain(BigDecimal value) {
        if (value == null) {
            return "-";
        }
        BigDecimal rounded = value.setScale(Math.min(Math.max(value.scale(), 0), 8), RoundingMode.HALF_EVEN).stripTrailingZeros();
        return rounded.toPlainString();
    }
}
