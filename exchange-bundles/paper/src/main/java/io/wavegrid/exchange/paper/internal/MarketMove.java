package io.wavegrid.exchange.paper.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;

import io.wavegrid.market.api.Candle;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Trade;

/**
 * What the market did over a span, as the matching engine needs it: a closed candle, or a single trade
 * (a span where open, high, low and close are all the trade's price).
 * <p>
 * A candle's prices are doubles; each becomes a {@link BigDecimal} ({@link BigDecimal#valueOf(double)}, the double's
 * shortest decimal) only when a fill or a last price needs it. Most candles meet resting orders that are nowhere
 * near their trigger or limit, and {@code valueOf} formats the double as text: five of them cost the trading thread
 * more than the whole matching did. The comparisons below decide on the doubles when the two sides are clearly
 * apart and compare the decimals otherwise, so every answer is the one the decimals give.
 */
final class MarketMove {

    /** Far above a double's rounding (about 1e-16 relative): outside it, the doubles order as the decimals do. */
    private static final double CLEARLY_APART = 1e-9;
    /** Where each figure is in the arrays. */
    private static final int OPEN = 0;
    private static final int HIGH = 1;
    private static final int LOW = 2;
    private static final int CLOSE = 3;
    private static final int VOLUME = 4;

    private final Symbol symbol;
    private final double[] prices;
    private final BigDecimal[] decimals = new BigDecimal[5];
    private final Instant time;

    private MarketMove(Symbol symbol, double[] prices, Instant time) {
        this.symbol = symbol;
        this.prices = prices;
        this.time = time;
    }

    static MarketMove of(Candle c) {
        return new MarketMove(c.symbol(), new double[] {c.open(), c.high(), c.low(), c.close(), c.volume()},
                Instant.ofEpochMilli(c.closeTime()));
    }

    static MarketMove of(Trade t) {
        return at(t.symbol(), t.price(), t.quantity(), t.time());
    }

    /** A price without volume (a ticker). */
    static MarketMove at(Symbol symbol, BigDecimal price, Instant time) {
        return at(symbol, price, BigDecimal.ZERO, time);
    }

    private static MarketMove at(Symbol symbol, BigDecimal price, BigDecimal quantity, Instant time) {
        double p = price.doubleValue();
        MarketMove move = new MarketMove(symbol, new double[] {p, p, p, p, quantity.doubleValue()}, time);
        Arrays.fill(move.decimals, OPEN, VOLUME, price);
        move.decimals[VOLUME] = quantity;
        return move;
    }

    Symbol symbol() {
        return symbol;
    }

    Instant time() {
        return time;
    }

    BigDecimal open() {
        return decimal(OPEN);
    }

    BigDecimal high() {
        return decimal(HIGH);
    }

    BigDecimal low() {
        return decimal(LOW);
    }

    BigDecimal close() {
        return decimal(CLOSE);
    }

    BigDecimal volume() {
        return decimal(VOLUME);
    }

    /** high &ge; price. */
    boolean highAtLeast(BigDecimal price) {
        return compare(HIGH, price) >= 0;
    }

    /** high &gt; price. */
    boolean highAbove(BigDecimal price) {
        return compare(HIGH, price) > 0;
    }

    /** low &le; price. */
    boolean lowAtMost(BigDecimal price) {
        return compare(LOW, price) <= 0;
    }

    /** low &lt; price. */
    boolean lowBelow(BigDecimal price) {
        return compare(LOW, price) < 0;
    }

    private int compare(int field, BigDecimal price) {
        double mine = prices[field];
        double theirs = price.doubleValue();
        double margin = CLEARLY_APART * Math.max(Math.abs(mine), Math.abs(theirs));
        if (mine < theirs - margin) {
            return -1;
        }
        if (mine > theirs + margin) {
            return 1;
        }
        return decimal(field).compareTo(price);
    }

    private BigDecimal decimal(int field) {
        BigDecimal value = decimals[field];
        if (value == null) {
            value = BigDecimal.valueOf(prices[field]);
            decimals[field] = value;
        }
        return value;
    }
}
