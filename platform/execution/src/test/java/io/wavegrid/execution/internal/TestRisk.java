package io.wavegrid.execution.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import io.wavegrid.trading.api.OrderRequest;
import io.wavegrid.trading.api.RiskContext;
import io.wavegrid.trading.api.RiskDecision;
import io.wavegrid.trading.api.RiskLimits;
import io.wavegrid.trading.api.RiskManager;
import io.wavegrid.trading.api.TradeIntent;
import io.wavegrid.trading.api.TradingState;

/**
 * A small risk manager for these tests (the real one is built beside this module): 3% of balance per trade over the
 * stop distance, capped by what the balance buys, an emergency flag, a settable state, and a gate a test can close to
 * wedge the trading thread inside {@link #sizeEntry}.
 */
final class TestRisk implements RiskManager {

    volatile TradingState state = TradingState.ACTIVE;
    volatile boolean emergency;
    /** When set, sizing returns this quantity whatever the account can afford. */
    volatile BigDecimal forcedQuantity;
    volatile CountDownLatch entered;
    volatile CountDownLatch gate;
    final AtomicInteger assessments = new AtomicInteger();
    volatile RiskContext lastAssessed;

    @Override
    public RiskDecision sizeEntry(TradeIntent intent, RiskContext context) {
        if (gate != null) {
            entered.countDown();
            try {
                gate.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (emergency) {
            return RiskDecision.reject("emergency", "emergency stop in force");
        }
        if (!state.allowsEntries()) {
            return RiskDecision.reject("state", "trading is " + state);
        }
        if (forcedQuantity != null) {
            return RiskDecision.accept("forced", forcedQuantity);
        }
        BigDecimal risk = context.balance().multiply(new BigDecimal("0.03"));
        BigDecimal byRisk = risk.divide(intent.stopDistance(), 8, RoundingMode.DOWN);
        BigDecimal affordable = context.balance().multiply(new BigDecimal("0.95")).divide(intent.entry(), 8, RoundingMode.DOWN);
        BigDecimal quantity = context.rules().roundQuantity(byRisk.min(affordable));
        if (quantity.signum() <= 0 || quantity.multiply(intent.entry()).compareTo(context.rules().minNotional()) < 0) {
            return RiskDecision.reject("size", "below the minimum notional");
        }
        return quantity.compareTo(byRisk) < 0 ? RiskDecision.resize("balance", quantity, "capped by balance")
                : RiskDecision.accept("size", quantity);
    }

    @Override
    public RiskDecision validate(OrderRequest order, boolean reducesPosition, RiskContext context) {
        if (emergency) {
            return RiskDecision.reject("emergency", "emergency stop in force");
        }
        if (!reducesPosition && !state.allowsEntries()) {
            return RiskDecision.reject("state", "trading is " + state);
        }
        return RiskDecision.accept("ok", order.quantity());
    }

    @Override
    public TradingState assess(RiskContext context) {
        assessments.incrementAndGet();
        lastAssessed = context;
        return state;
    }

    @Override
    public TradingState state() {
        return state;
    }

    @Override
    public RiskLimits limits() {
        return RiskLimits.defaults();
    }

    @Override
    public void setLimits(RiskLimits limits, String actor) {
        throw new UnsupportedOperationException("not needed by these tests");
    }

    @Override
    public void reset(String actor, String reason) {
        state = TradingState.ACTIVE;
    }

    @Override
    public boolean emergencyStopped() {
        return emergency;
    }

    @Override
    public void emergencyStop(String actor, String reason) {
        emergency = true;
    }

    @Override
    public void rearm(String actor) {
        emergency = false;
    }
}
