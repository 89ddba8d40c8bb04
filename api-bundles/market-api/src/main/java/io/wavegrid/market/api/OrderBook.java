package io.wavegrid.market.api;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An order book snapshot: bids best (highest) first, asks best (lowest) first.
 *
 * @param sequence the exchange's update id of this snapshot, used to keep diffs in order
 */
public record OrderBook(Symbol symbol, long sequence, List<BookLevel> bids, List<BookLevel> asks, Instant time) {

    public OrderBook {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(time, "time");
        bids = List.copyOf(bids);
        asks = List.copyOf(asks);
    }
}
