package io.wavegrid.signal.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Timeframe;

/**
 * An actionable signal: direction, entry, protective stop and targets, with the reasoning of each
 * category that produced it.
 *
 * @param reason why the signal was rejected or cancelled; empty otherwise
 */
public record TradingSignal(String id, String profile, Symbol symbol, Timeframe timeframe, Direction direction,
                            double confidence, BigDecimal entry, BigDecimal stopLoss, List<BigDecimal> takeProfits,
                            Map<Category, String> reasoning, Instant timestamp, Instant expiry,
                            SignalStatus status, String reason) {

    public TradingSignal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(status, "status");
        if (direction == Direction.NEUTRAL) {
            throw new IllegalArgumentException("a trading signal must be LONG or SHORT");
        }
        if (entry == null || entry.signum() <= 0 || stopLoss == null || stopLoss.signum() <= 0) {
            throw new IllegalArgumentException("signal " + id + " needs a positive entry and stop loss");
        }
        boolean stopOnRightSide = direction == Direction.LONG ? stopLoss.compareTo(entry) < 0 : stopLoss.compareTo(entry) > 0;
        if (!stopOnRightSide) {
            throw new IllegalArgumentException("signal " + id + ": stop loss " + stopLoss + " is on the wrong side of entry "
                    + entry + " for a " + direction + " signal");
        }
        takeProfits = List.copyOf(takeProfits);
        reasoning = Map.copyOf(reasoning);
        reason = reason == null ? "" : reason;
    }

    public TradingSignal withStatus(SignalStatus next, String why) {
        return new TradingSignal(id, profile, symbol, timeframe, direction, confidence, entry, stopLoss, takeProfits,
                reasoning, timestamp, expiry, next, why);
    }
}
