package io.wavegrid.exchange.paper.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.wavegrid.market.api.Symbol;
import io.wavegrid.trading.api.Balance;
import io.wavegrid.trading.api.ExchangeException;
import io.wavegrid.trading.api.Fill;
import io.wavegrid.trading.api.InstrumentRules;
import io.wavegrid.trading.api.Order;
import io.wavegrid.trading.api.OrderRequest;
import io.wavegrid.trading.api.OrderStatus;
import io.wavegrid.trading.api.OrderType;

/**
 * The paper exchange's state: orders, balances and the last price of each symbol. Orders are accepted or
 * refused as Binance would (filters, funds, stops that would trigger at once) and filled by
 * {@link MoveMatcher} as market data arrives. Single-threaded: the caller serialises access. Its clock is
 * the market's, so a run over the same data with the same seed produces the same orders, ids and fills.
 */
final class MatchingEngine {

    /** Extra quote locked for a market buy over its value at the last price, to absorb the move until it fills. */
    private static final BigDecimal MARKET_BUY_HEADROOM = new BigDecimal("1.05");

    private final SymbolRules rules;
    private final Wallet wallet;
    private final Settlement settlement;
    private final MoveMatcher matcher;
    private final Map<String, PaperOrder> orders = new HashMap<>();
    private final Map<String, PaperOrder> open = new LinkedHashMap<>();
    /** The last move of each symbol: its close is the last price, made a decimal only when an order needs it. */
    private final Map<Symbol, MarketMove> lastMoves = new HashMap<>();
    private Instant now = Instant.EPOCH;
    private long orderSequence;

    MatchingEngine(SymbolRules rules, Wallet wallet, Pricing pricing, BigDecimal participation) {
        this.rules = rules;
        this.wallet = wallet;
        this.settlement = new Settlement(wallet, pricing);
        this.matcher = new MoveMatcher(settlement, pricing, participation);
    }

    InstrumentRules rules(Symbol symbol) throws ExchangeException {
        return rules.get(symbol);
    }

    Order place(OrderRequest request) throws ExchangeException {
        PaperOrder existing = orders.get(request.clientOrderId());
        if (existing != null) {
            return existing.snapshot();
        }
        MarketMove lastMove = lastMoves.get(request.symbol());
        BigDecimal last = lastMove == null ? null : lastMove.close();
        rules.check(request, last);
        OrderType type = request.type();
        boolean buy = request.side() == io.wavegrid.market.api.Side.BUY;
        if (type.needsStopPrice() && last != null
                && (buy ? request.stopPrice().compareTo(last) <= 0 : request.stopPrice().compareTo(last) >= 0)) {
            throw BinanceErrors.rejected(BinanceErrors.STOP_WOULD_TRIGGER, "stop " + request.stopPrice().toPlainString()
                    + " vs last price " + last.toPlainString());
        }
        if (type == OrderType.MARKET && last == null) {
            throw BinanceErrors.rejected(BinanceErrors.MARKET_CLOSED, "no market data for " + request.symbol()
                    + " has reached the paper exchange yet, so a market order cannot be priced");
        }
        Symbol symbol = request.symbol();
        String lockAsset = buy ? symbol.quote() : symbol.base();
        BigDecimal lock = buy ? quoteToLock(request, last) : request.quantity();
        wallet.lock(lockAsset, lock, request.side() + " " + request.quantity().toPlainString() + " " + symbol);
        PaperOrder order = new PaperOrder(request, "paper-order-" + ++orderSequence, lockAsset, lock, now);
        order.marketable = type == OrderType.LIMIT && last != null
                && (buy ? request.price().compareTo(last) >= 0 : request.price().compareTo(last) <= 0);
        orders.put(request.clientOrderId(), order);
        open.put(request.clientOrderId(), order);
        return order.snapshot();
    }

    Order cancel(Symbol symbol, String clientOrderId, Events events) throws ExchangeException {
        PaperOrder order = open.get(clientOrderId);
        if (order == null || !order.request.symbol().equals(symbol)) {
            throw BinanceErrors.notFound(BinanceErrors.UNKNOWN_ORDER, "no open " + symbol + " order " + clientOrderId);
        }
        settlement.end(order, OrderStatus.CANCELLED, now, events);
        open.remove(clientOrderId);
        return order.snapshot();
    }

    Optional<Order> query(Symbol symbol, String clientOrderId) {
        PaperOrder order = orders.get(clientOrderId);
        return order == null || !order.request.symbol().equals(symbol) ? Optional.empty() : Optional.of(order.snapshot());
    }

    /** The order's fills, oldest first; none for an order this exchange does not know. */
    List<Fill> fills(Symbol symbol, String clientOrderId) {
        PaperOrder order = orders.get(clientOrderId);
        return order == null || !order.request.symbol().equals(symbol) ? List.of() : List.copyOf(order.fills);
    }

    List<Order> openOrders() {
        List<Order> result = new ArrayList<>(open.size());
        open.values().forEach(o -> result.add(o.snapshot()));
        return result;
    }

    List<Balance> balances() {
        return wallet.balances();
    }

    /** Matches the open orders of the move's symbol, oldest first, then makes its close the last price. */
    void onMove(MarketMove move, Events events) {
        now = move.time().isAfter(now) ? move.time() : now;
        InstrumentRules symbolRules = rulesOrNull(move.symbol());
        if (symbolRules != null && !open.isEmpty()) {
            matcher.match(move, symbolRules, openOrdersOf(move.symbol()), now, events);
            open.values().removeIf(o -> o.status.isTerminal());
        }
        lastMoves.put(move.symbol(), move);
    }

    /** Records a price without volume (a ticker): it prices later market orders but fills nothing. */
    void onPrice(Symbol symbol, BigDecimal price, Instant time) {
        now = time.isAfter(now) ? time : now;
        lastMoves.put(symbol, MarketMove.at(symbol, price, time));
    }

    private List<PaperOrder> openOrdersOf(Symbol symbol) {
        List<PaperOrder> result = new ArrayList<>();
        for (PaperOrder o : open.values()) {
            if (o.request.symbol().equals(symbol)) {
                result.add(o);
            }
        }
        return result;
    }

    private BigDecimal quoteToLock(OrderRequest request, BigDecimal last) throws ExchangeException {
        if (request.price() != null) {
            return request.quantity().multiply(request.price());
        }
        BigDecimal reference = request.type() == OrderType.MARKET ? last : request.stopPrice();
        BigDecimal value = request.quantity().multiply(reference);
        String quote = request.symbol().quote();
        if (wallet.free(quote).compareTo(value) < 0) {
            throw BinanceErrors.rejected(BinanceErrors.INSUFFICIENT_BALANCE, "BUY " + request.quantity().toPlainString()
                    + " " + request.symbol() + " is worth about " + Wallet.plain(value).toPlainString() + " " + quote + ", free "
                    + wallet.free(quote).toPlainString());
        }
        return value.multiply(MARKET_BUY_HEADROOM).min(wallet.free(quote));
    }

    private InstrumentRules rulesOrNull(Symbol symbol) {
        try {
            return rules.get(symbol);
        } catch (ExchangeException e) {
            return null;
        }
    }
}
