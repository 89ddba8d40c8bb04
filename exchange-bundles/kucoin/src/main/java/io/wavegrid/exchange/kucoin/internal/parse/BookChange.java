package io.wavegrid.exchange.kucoin.internal.parse;

import java.math.BigDecimal;

/**
 * One price level change of KuCoin's {@code /market/level2} stream: {@code [price, size, sequence]}. A size of
 * zero removes the level; the sequence is the last change of that price, not a message counter.
 */
public record BookChange(BigDecimal price, BigDecimal size, long sequence) {
}
