package io.wavegrid.trading.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The account's risk manager: sizes entries, validates every order before it is sent against its limits and
 * every registered {@link RiskRule}, tracks the trading state and holds the emergency stop. Every decision is
 * recorded with its inputs.
 */
@ProviderType
public interface RiskManager {

    /**
     * Sizes an entry: (balance × max risk per trade) ÷ stop distance, rounded down to the step size, then
     * checked against min quantity, min notional, available balance, exposure and the trading state.
     *
     * @return ACCEPT or RESIZE with the quantity to send, or REJECT with the reason
     */
    RiskDecision sizeEntry(TradeIntent intent, RiskContext context);

    /**
     * Pre-trade validation of one order.
     *
     * @param reducesPosition true when the order only reduces an open position (stop, take-profit, exit); such
     *                        orders pass in REDUCING and HALTED, never after an emergency stop unless it is
     *                        the shutdown's own closing order
     */
    RiskDecision validate(OrderRequest order, boolean reducesPosition, RiskContext context);

    /**
     * Re-judges the trading state from the account's P&amp;L: a breach moves ACTIVE to REDUCING, REDUCING moves to
     * HALTED when flat, and the first assessment after 00:00 UTC ({@link RiskContext#time()}) clears a
     * daily-loss halt.
     */
    TradingState assess(RiskContext context);

    TradingState state();

    RiskLimits limits();

    /**
     * State, its cause, limits and emergency flag in one consistent view. The default has no cause; the platform's
     * risk manager overrides it.
     */
    default RiskStatus status() {
        return new RiskStatus(state(), "", null, limits(), emergencyStopped(), "");
    }

    /**
     * Replaces the limits at once (also settable through Config Admin); audited.
     *
     * @throws IllegalArgumentException when limits or actor are missing; nothing changes then
     */
    void setLimits(RiskLimits limits, String actor);

    /** An operator's reset of a halt to ACTIVE; audited. */
    void reset(String actor, String reason);

    boolean emergencyStopped();

    /** Refuses every new order from now until {@link #rearm}; audited. */
    void emergencyStop(String actor, String reason);

    void rearm(String actor);
}
