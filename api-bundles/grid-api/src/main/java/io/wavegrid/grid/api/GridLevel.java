package io.wavegrid.grid.api;

import java.math.BigDecimal;

import io.wavegrid.market.api.Side;

/** One rung of a grid: the order resting there and its size. */
public record GridLevel(int index, BigDecimal price, Side side, BigDecimal quantity) {
}
