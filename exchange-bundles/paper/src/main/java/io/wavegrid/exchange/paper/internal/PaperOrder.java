package io.wavegrid.exchange.paper.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.wavegrid.market.api.Side;
import io.wavegrid.trading.api.Fill;
import io.wavegrid.trading.api.Order;
import io.wavegrid.trading.api.OrderRequest;
import io.wavegrid.trading.api.OrderStatus;
import io.wavegrid.trading.api.OrderType;

/** The paper exchange's mutable record of one order: progress, locked funds and stop state. */
final class PaperOrder {

    final OrderRequest request;
    final String exchangeOrderId;
    final String lockAsset;
    OrderStatus status = OrderStatus.SUBMITTED;
    BigDecimal filled = BigDecimal.ZERO;
    BigDecimal notional = BigDecimal.ZERO;
    BigDecimal lockRemaining;
    Instant updated;
    /** A stop order whose stop price the market has reached; it then behaves as a market or limit order. */
    boolean triggered;
    /** A limit order that crossed the market when placed: its first fill takes liquidity. */
    boolean marketable;
    /** Every fill of the order, oldest first: the history an exchange keeps for reconciliation. */
    final List<Fill> fills = new ArrayList<>(1);

    PaperOrder(OrderRequest request, String exchangeOrderId, String lockAsset, BigDecimal locked, Instant created) {
        this.request = request;
        this.exchangeOrderId = exchangeOrderId;
        this.lockAsset = lockAsset;
        this.lockRemaining = locked;
        this.updated = created;
    }

    boolean isBuy() {
        return request.side() == Side.BUY;
    }

    BigDecimal remaining() {
        return request.quantity().subtract(filled);
    }

    /** Whether the order now trades at market: a market order or a triggered stop-market. */
    boolean actsAsMarket() {
        return request.type() == OrderType.MARKET || request.type() == OrderType.STOP_MARKET && triggered;
    }

    boolean waitsForTrigger() {
        return request.type().needsStopPrice() && !triggered;
    }

    Order snapshot() {
        BigDecimal average = filled.signum() == 0 ? null
                : Wallet.plain(notional.divide(filled, 8, RoundingMode.HALF_EVEN));
        return new Order(request, exchangeOrderId, status, filled, average, updated, "");
    }
}
