package io.wavegrid.exchange.paper.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.wavegrid.trading.api.Balance;
import io.wavegrid.trading.api.ExchangeException;

/** Free and locked amounts per asset. Every method keeps both non-negative or changes nothing. */
final class Wallet {

    private final Map<String, BigDecimal> free = new TreeMap<>();
    private final Map<String, BigDecimal> locked = new TreeMap<>();

    /** Parses entries {@code ASSET:amount}, e.g. {@code USDT:10000}. */
    static Wallet parse(String[] entries) {
        Wallet wallet = new Wallet();
        for (String entry : entries) {
            String[] f = entry.trim().split(":");
            try {
                BigDecimal amount = new BigDecimal(f[1].trim());
                if (f.length != 2 || amount.signum() < 0 || !f[0].trim().matches("[A-Z0-9]{1,20}")) {
                    throw new IllegalArgumentException();
                }
                wallet.credit(f[0].trim(), amount);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("paper balance '" + entry + "' must be ASSET:amount with a non-negative amount, e.g. USDT:10000");
            }
        }
        return wallet;
    }

    BigDecimal free(String asset) {
        return free.getOrDefault(asset, BigDecimal.ZERO);
    }

    BigDecimal locked(String asset) {
        return locked.getOrDefault(asset, BigDecimal.ZERO);
    }

    void lock(String asset, BigDecimal amount, String what) throws ExchangeException {
        if (free(asset).compareTo(amount) < 0) {
            throw BinanceErrors.rejected(BinanceErrors.INSUFFICIENT_BALANCE, what + " needs " + amount.toPlainString() + " "
                    + asset + ", free " + free(asset).toPlainString());
        }
        free.put(asset, free(asset).subtract(amount));
        locked.put(asset, locked(asset).add(amount));
    }

    /** Moves up to {@code amount} from locked back to free; returns what was moved. */
    BigDecimal unlock(String asset, BigDecimal amount) {
        BigDecimal moved = amount.min(locked(asset));
        locked.put(asset, locked(asset).subtract(moved));
        free.put(asset, free(asset).add(moved));
        return moved;
    }

    /** Spends {@code amount}, taking it from the locked funds first ({@code fromLocked} at most) and the rest from free. */
    boolean spend(String asset, BigDecimal amount, BigDecimal fromLocked) {
        BigDecimal takeLocked = amount.min(fromLocked).min(locked(asset));
        BigDecimal takeFree = amount.subtract(takeLocked);
        if (free(asset).compareTo(takeFree) < 0) {
            return false;
        }
        locked.put(asset, locked(asset).subtract(takeLocked));
        free.put(asset, free(asset).subtract(takeFree));
        return true;
    }

    void credit(String asset, BigDecimal amount) {
        free.put(asset, free(asset).add(amount));
    }

    List<Balance> balances() {
        List<Balance> result = new ArrayList<>();
        for (String asset : union()) {
            if (free(asset).signum() > 0 || locked(asset).signum() > 0) {
                result.add(new Balance(asset, plain(free(asset)), plain(locked(asset))));
            }
        }
        return result;
    }

    /** Without trailing zeros but never in exponent notation (610, not 6.1E+2). */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private Iterable<String> union() {
        TreeMap<String, Boolean> assets = new TreeMap<>();
        free.keySet().forEach(a -> assets.put(a, true));
        locked.keySet().forEach(a -> assets.put(a, true));
        return assets.keySet();
    }
}
