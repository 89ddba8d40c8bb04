package io.wavegrid.trading.api;

import java.math.BigDecimal;
import java.util.Objects;

import io.wavegrid.market.api.Side;
import io.wavegrid.market.api.Symbol;

/**
 * An order to place. The client order id is deterministic (strategy, signal, attempt) so that a retry
 * can never create a second order.
 *
 * @param price     limit price; null for market and stop-market orders
 * @param stopPrice trigger price; null unless a stop order
 */
public record OrderRequest(String clientOrderId, Symbol symbol, Side side, OrderType type, BigDecimal quantity,
                           BigDecimal price, BigDecimal stopPrice, TimeInForce timeInForce) {

    /** The strictest common format: Binance allows 36 characters of this alphabet, KuCoin 40. */
    private static final int LONGEST_CLIENT_ID = 36;

    public OrderRequest {
        if (!validClientId(clientOrderId)) {
            throw new IllegalArgumentException("client order id '" + clientOrderId
                    + "' must be 1-36 characters of letters, digits, '.', '_', ':' or '-'");
        }
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(type, "type");
        timeInForce = timeInForce == null ? TimeInForce.GTC : timeInForce;
        if (quantity == null || quantity.signum() <= 0) {
            throw new IllegalArgumentException("order " + clientOrderId + ": quantity must be positive, got " + quantity);
        }
        if (type.needsPrice() && (price == null || price.signum() <= 0)) {
            throw new IllegalArgumentException("order " + clientOrderId + ": a " + type + " order needs a positive price");
        }
        if (!type.needsPrice() && price != null) {
            throw new IllegalArgumentException("order " + clientOrderId + ": a " + type + " order takes no price");
        }
        if (type.needsStopPrice() && (stopPrice == null || stopPrice.signum() <= 0)) {
            throw new IllegalArgumentException("order " + clientOrderId + ": a " + type + " order needs a positive stop price");
        }
        if (!type.needsStopPrice() && stopPrice != null) {
            throw new IllegalArgumentException("order " + clientOrderId + ": a " + type + " order takes no stop price");
        }
    }

    /** 1-36 characters of letters, digits, '.', '_', ':' or '-'; checked by hand: every order is built on a trading thread. */
    private static boolean validClientId(String id) {
        if (id == null || id.isEmpty() || id.length() > LONGEST_CLIENT_ID) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '.' || c == '_' || c == ':' || c == '-';
            if (!allowed) {
                return false;
            }
        }
        return true;
    }
}
