package io.wavegrid.risk.internal;

import io.wavegrid.trading.api.TradingState;

/**
 * A change of the trading state or of its cause.
 *
 * @param causeBefore null when the state before was ACTIVE
 * @param causeAfter  null when the state after is ACTIVE
 * @param why         what moved it: a breach, positions closed, the daily reset, an operator's reset
 */
record Transition(TradingState before, TradingState after, Breach causeBefore, Breach causeAfter, String why) {
}
