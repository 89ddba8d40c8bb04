package io.wavegrid.trading.api;

import java.math.BigDecimal;
import java.math.RoundingMode;

import io.wavegrid.market.api.Symbol;

/** An exchange's trading rules for a symbol: tick and step sizes, minimums, whether it trades. */
public record InstrumentRules(Symbol symbol, BigDecimal tickSize, BigDecimal stepSize, BigDecimal minQuantity,
                              BigDecimal minNotional, boolean trading) {

    /** Rounds a quantity down to the step size; never up, so an order never exceeds what was sized. */
    public BigDecimal roundQuantity(BigDecimal quantity) {
        return floorTo(quantity, stepSize);
    }

    /** Rounds a price down to the tick size. */
    public BigDecimal roundPrice(BigDecimal price) {
        return floorTo(price, tickSize);
    }

    private static BigDecimal floorTo(BigDecimal value, BigDecimal increment) {
        if (increment == null || increment.signum() <= 0) {
            return value;
        }
        BigDecimal steps = value.divide(increment, 0, RoundingMode.DOWN);
        return steps.multiply(increment).stripTrailingZeros();
    }
}
