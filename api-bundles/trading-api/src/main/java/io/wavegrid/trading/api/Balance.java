package io.wavegrid.trading.api;

import java.math.BigDecimal;

/** Holding of one asset; {@code locked} is reserved by open orders. */
public record Balance(String asset, BigDecimal free, BigDecimal locked) {

    public Balance {
        if (free == null || free.signum() < 0 || locked == null || locked.signum() < 0) {
            throw new IllegalArgumentException("balance of " + asset + " must not be negative: free " + free + ", locked " + locked);
        }
    }

    public BigDecimal total() {
        return free.add(locked);
    }
}
