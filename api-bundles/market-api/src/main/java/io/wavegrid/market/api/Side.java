package io.wavegrid.market.api;

/** Side of a trade or order. For a public trade it is the taker's side. */
public enum Side {
    BUY, SELL;

    public Side opposite() {
        return this == BUY ? SELL : BUY;
    }
}
