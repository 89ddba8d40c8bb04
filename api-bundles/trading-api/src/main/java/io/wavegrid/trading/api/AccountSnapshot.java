package io.wavegrid.trading.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The account at one moment, in its quote asset.
 *
 * @param balance    quote asset available for new entries (tracked from fills; quote reserved by working
 *                   entries excluded)
 * @param equity     every tracked asset valued at its last price
 * @param peakEquity the highest equity seen
 * @param exposure   gross notional of the positions plus the working entries
 * @param dailyPnl   equity minus the equity at 00:00 UTC of the engine's clock
 * @param time       the engine's clock (candle time, never the wall clock in a replay)
 */
public record AccountSnapshot(String account, BigDecimal balance, BigDecimal equity, BigDecimal peakEquity,
                              BigDecimal exposure, BigDecimal dailyPnl, List<Position> positions, Instant time) {

    public AccountSnapshot {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(equity, "equity");
        Objects.requireNonNull(peakEquity, "peakEquity");
        Objects.requireNonNull(dailyPnl, "dailyPnl");
        Objects.requireNonNull(time, "time");
        if (balance == null || balance.signum() < 0 || exposure == null || exposure.signum() < 0) {
            throw new IllegalArgumentException("account " + account + ": balance and exposure must not be negative, got "
                    + balance + " and " + exposure);
        }
        positions = List.copyOf(positions);
    }
}
