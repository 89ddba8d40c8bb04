package io.wavegrid.execution.internal;

import java.math.BigDecimal;
import java.util.Optional;

import io.wavegrid.market.api.Side;
import io.wavegrid.signal.api.Direction;
import io.wavegrid.signal.api.SignalStatus;
import io.wavegrid.signal.api.TradingSignal;
import io.wavegrid.trading.api.InstrumentRules;
import io.wavegrid.trading.api.TradeIntent;
import io.wavegrid.trading.api.TradeOutcome;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trading signals into trades: a new (PENDING) signal becomes an intent and its entry, and the signal moves to ACTIVE
 * or REJECTED with the reason; a signal that expires or is cancelled while its entry still works cancels the entry.
 */
final class SignalIntake {

    private static final Logger LOG = LoggerFactory.getLogger(SignalIntake.class);
    static final String DEFAULT_STRATEGY = "default";

    private final Parts parts;
    private final Entries entries;

    SignalIntake(Parts parts, Entries entries) {
        this.parts = parts;
        this.entries = entries;
    }

    void onSignal(TradingSignal signal) {
        switch (signal.status()) {
            case PENDING -> enter(signal);
            // The signal has its final state: the trade must not try to settle it again when its entry's cancel comes back.
            case EXPIRED, CANCELLED -> parts.trades().bySignal(signal.id())
                    .filter(Trade::claimSignalSettlement)
                    .filter(Trade::entryWorking)
                    .ifPresent(trade -> entries.cancelEntry(trade, "signal " + signal.status().name().toLowerCase()
                            + (signal.reason().isBlank() ? "" : ": " + signal.reason())));
            default -> {
                // ACTIVE, EXECUTED and REJECTED are this side's own moves coming back.
            }
        }
    }

    private void enter(TradingSignal signal) {
        TradeIntent intent;
        try {
            intent = intent(signal);
        } catch (IllegalArgumentException e) {
            parts.signals().move(signal.id(), SignalStatus.REJECTED, "not tradable: " + e.getMessage());
            return;
        }
        TradeOutcome outcome = entries.execute(intent, true);
        parts.trades().bySignal(signal.id()).ifPresent(trade -> trade.entryDeadline(signal.expiry()));
        switch (outcome.status()) {
            case PLACED -> {
                if (!parts.signals().move(signal.id(), SignalStatus.ACTIVE, "entry " + outcome.entry().clientOrderId() + " placed")) {
                    // The signal ended while its entry was being sent (unless a fill already executed it): the entry
                    // must not outlive it.
                    parts.trades().bySignal(signal.id()).filter(Trade::claimSignalSettlement).filter(Trade::entryWorking)
                            .ifPresent(trade -> entries.cancelEntry(trade, "signal ended while its entry was sent"));
                }
            }
            case REJECTED -> parts.signals().move(signal.id(), SignalStatus.REJECTED, outcome.reason());
            case UNCONFIRMED -> LOG.warn("Signal {} stays pending: {}", signal.id(), outcome.reason());
        }
    }

    static TradeIntent intent(TradingSignal signal) {
        String strategy = Signals.strategy(signal);
        Side side = signal.direction() == Direction.LONG ? Side.BUY : Side.SELL;
        return new TradeIntent(strategy, signal.id(), signal.symbol(), side, signal.entry(), signal.stopLoss(),
                signal.takeProfits(), signal.confidence(), signal.timestamp() == null ? java.time.Instant.EPOCH : signal.timestamp());
    }

    /**
     * The trade of the signal whose trade key is {@code key}, rebuilt after a restart: its intent, and the signal's
     * expiry as the deadline of the entry's unfilled rest.
     */
    Optional<Trade> recover(String key, String entryId, BigDecimal quantity, InstrumentRules rules) {
        Optional<TradingSignal> signal = parts.signals().byTradeKey(key, rules.symbol());
        if (signal.isEmpty()) {
            return Optional.empty();
        }
        try {
            Trade trade = new Trade(intent(signal.get()), key, entryId, quantity, rules, true, false);
            trade.entryDeadline(signal.get().expiry());
            return Optional.of(trade);
        } catch (IllegalArgumentException e) {
            LOG.warn("Signal of trade {} is not tradable: {}", key, e.getMessage());
            return Optional.empty();
        }
    }
}
