package io.wavegrid.exchange.paper.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;

/**
 * Fees and slippage. Taker fills are moved against the trader by a random fraction of the configured
 * slippage (drawn from a seeded generator, so a run is repeatable) and rounded to the tick, never past the
 * order's limit. Fees follow Binance: charged on what the trader receives (base on a buy, quote on a sell).
 */
final class Pricing {

    private static final int FEE_SCALE = 8;

    private final BigDecimal makerFee;
    private final BigDecimal takerFee;
    private final double maxSlippageBps;
    private final SplittableRandom random;

    Pricing(BigDecimal makerFee, BigDecimal takerFee, double maxSlippageBps, long seed) {
        if (makerFee.signum() < 0 || takerFee.signum() < 0 || !(maxSlippageBps >= 0)) {
            throw new IllegalArgumentException("fees and slippage must not be negative");
        }
        this.makerFee = makerFee;
        this.takerFee = takerFee;
        this.maxSlippageBps = maxSlippageBps;
        this.random = new SplittableRandom(seed);
    }

    /** A taker's fill price: {@code reference} worsened by slippage, on the tick, capped by {@code limit} (may be null). */
    BigDecimal takerPrice(BigDecimal reference, boolean buy, BigDecimal tick, BigDecimal limit) {
        // A basis point is 10^-4: moving the point is the exact division by 10,000 without its search for a scale.
        BigDecimal fraction = BigDecimal.valueOf(maxSlippageBps * random.nextDouble()).movePointLeft(4);
        BigDecimal factor = buy ? BigDecimal.ONE.add(fraction) : BigDecimal.ONE.subtract(fraction);
        BigDecimal steps = reference.multiply(factor).divide(tick, 0, buy ? RoundingMode.CEILING : RoundingMode.FLOOR);
        BigDecimal price = steps.multiply(tick);
        if (limit != null && (buy ? price.compareTo(limit) > 0 : price.compareTo(limit) < 0)) {
            price = limit;
        }
        if (price.signum() <= 0) {
            price = tick;
        }
        return Wallet.plain(price);
    }

    BigDecimal fee(BigDecimal received, boolean maker) {
        return Wallet.plain(received.multiply(maker ? makerFee : takerFee).setScale(FEE_SCALE, RoundingMode.HALF_UP));
    }
}
