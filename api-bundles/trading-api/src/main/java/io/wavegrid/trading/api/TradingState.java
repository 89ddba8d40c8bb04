package io.wavegrid.trading.api;

/**
 * Whether the account may open new positions.
 * <ul>
 * <li>{@link #ACTIVE}: every order that passes the limits is allowed.</li>
 * <li>{@link #REDUCING}: the daily-loss or drawdown limit was breached; new entries are refused, orders that
 * reduce a position are still allowed while positions are open.</li>
 * <li>{@link #HALTED}: breached and flat; only reducing orders are allowed, until the daily reset at 00:00 UTC
 * (daily-loss breach) or an operator's reset.</li>
 * </ul>
 */
public enum TradingState {
    ACTIVE, REDUCING, HALTED;

    public boolean allowsEntries() {
        return this == ACTIVE;
    }
}
