package io.wavegrid.exchange.kucoin.internal;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The fake KuCoin's order book of BTC-USDT: what the REST snapshots return, and level 2 messages in KuCoin's
 * wire format. A test sets the book and its sequence, then scripts the messages a real book would have
 * produced after it.
 */
final class FakeKucoinBook {

    final NavigableMap<BigDecimal, BigDecimal> bids = new TreeMap<>(Collections.reverseOrder());
    final NavigableMap<BigDecimal, BigDecimal> asks = new TreeMap<>();
    final AtomicInteger snapshots = new AtomicInteger();
    volatile long sequence;

    /** {@code data} of the level2_100 part book and of the v3 full book, as KuCoin returns them. */
    synchronized ObjectNode snapshot(ObjectMapper json, int depth) {
        snapshots.incrementAndGet();
        ObjectNode data = json.createObjectNode().put("time", System.currentTimeMillis()).put("sequence", Long.toString(sequence));
        side(data.putArray("bids"), bids, depth);
        side(data.putArray("asks"), asks, depth);
        return data;
    }

    private static void side(ArrayNode out, NavigableMap<BigDecimal, BigDecimal> side, int depth) {
        for (Map.Entry<BigDecimal, BigDecimal> e : side.entrySet()) {
            if (out.size() == depth) {
                return;
            }
            out.addArray().add(e.getKey().toPlainString()).add(e.getValue().toPlainString());
        }
    }

    /**
     * A {@code /market/level2:BTC-USDT} message covering {@code start..end}; each change is
     * {@code {price, size, sequence}}.
     */
    static String level2(long start, long end, String[][] bidChanges, String[][] askChanges) {
        return "{\"type\":\"message\",\"topic\":\"/market/level2:BTC-USDT\",\"subject\":\"trade.l2update\",\"data\":{\"changes\":{"
                + "\"asks\":" + changes(askChanges) + ",\"bids\":" + changes(bidChanges) + "},\"sequenceEnd\":" + end
                + ",\"sequenceStart\":" + start + ",\"symbol\":\"BTC-USDT\",\"time\":" + System.currentTimeMillis() + "}}";
    }

    private static String changes(String[][] changes) {
        StringBuilder out = new StringBuilder("[");
        for (String[] c : changes) {
            out.append(out.length() > 1 ? "," : "").append("[\"").append(c[0]).append("\",\"").append(c[1]).append("\",\"")
                    .append(c[2]).append("\"]");
        }
        return out.append(']').toString();
    }
}
