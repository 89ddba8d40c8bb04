package io.wavegrid.trading.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import io.wavegrid.market.api.Side;
import io.wavegrid.market.api.Symbol;

/**
 * What a strategy wants to trade, before risk sizes it: the order manager turns it into an entry order of the
 * size the risk manager allows, with its protective stop and take-profits.
 *
 * @param strategy    the profile or strategy asking; part of every client order id
 * @param signalId    the signal this trade comes from; part of every client order id
 * @param entry       the intended entry price (a limit entry, or the reference for a market entry)
 * @param stopLoss    the protective stop; below entry for a BUY, above for a SELL
 * @param takeProfits targets on the profitable side of entry, nearest first; may be empty
 * @param confidence  the signal's confidence, 0 to 1
 * @param time        when the intent was formed, on the engine's clock
 */
public record TradeIntent(String strategy, String signalId, Symbol symbol, Side side, BigDecimal entry,
                          BigDecimal stopLoss, List<BigDecimal> takeProfits, double confidence, Instant time) {

    private static final Pattern ID_PART = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    public TradeIntent {
        requireIdPart("strategy", strategy);
        requireIdPart("signal id", signalId);
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(time, "time");
        if (entry == null || entry.signum() <= 0) {
            throw new IllegalArgumentException("trade " + signalId + ": entry must be positive, got " + entry);
        }
        if (stopLoss == null || stopLoss.signum() <= 0) {
            throw new IllegalArgumentException("trade " + signalId + ": stop loss must be positive, got " + stopLoss);
        }
        int stopSide = side == Side.BUY ? -1 : 1;
        if (Integer.signum(stopLoss.compareTo(entry)) != stopSide) {
            throw new IllegalArgumentException("trade " + signalId + ": stop loss " + stopLoss
                    + " is on the wrong side of entry " + entry + " for a " + side);
        }
        takeProfits = List.copyOf(takeProfits == null ? List.of() : takeProfits);
        for (BigDecimal target : takeProfits) {
            if (Integer.signum(target.compareTo(entry)) != -stopSide) {
                throw new IllegalArgumentException("trade " + signalId + ": take-profit " + target
                        + " is on the wrong side of entry " + entry + " for a " + side);
            }
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("trade " + signalId + ": confidence must be within [0, 1], got " + confidence);
        }
    }

    /** Price distance between entry and stop: what one unit loses when the stop is hit. */
    public BigDecimal stopDistance() {
        return entry.subtract(stopLoss).abs();
    }

    private static void requireIdPart(String what, String value) {
        if (value == null || !ID_PART.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " '" + value + "' must be 1-64 letters, digits, '.', '_' or '-'");
        }
    }
}
