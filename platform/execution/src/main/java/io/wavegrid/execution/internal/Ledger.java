package io.wavegrid.execution.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import io.wavegrid.market.api.Side;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.trading.api.Balance;
import io.wavegrid.trading.api.Fill;
import io.wavegrid.trading.api.Position;

/**
 * Positions and balances of one account, moved by its fills and marked by market prices. Average entry is the
 * fill-price average of the position's opening quantity; realised P&amp;L is gross (price difference times the
 * quantity closed); fees are totalled in the quote asset, so net P&amp;L = realised + unrealised - fees. A fee
 * charged in the bought asset (the paper exchange and Binance charge the asset received) lowers the quantity held.
 * Every method holds the lock only for in-memory arithmetic.
 */
final class Ledger {

    private static final MathContext PRECISION = MathContext.DECIMAL64;

    /** The mutable state behind one symbol's {@link Position}. */
    private static final class Book {
        BigDecimal quantity = BigDecimal.ZERO;
        BigDecimal averageEntry = BigDecimal.ZERO;
        BigDecimal realized = BigDecimal.ZERO;
        BigDecimal fees = BigDecimal.ZERO;
    }

    private final String account;
    private final String quote;
    private final Map<Symbol, Book> books = new TreeMap<>();
    private final Map<String, BigDecimal> balances = new TreeMap<>();
    private final Map<String, BigDecimal> lastPrices = new HashMap<>();
    private boolean baselined;

    Ledger(String account, String quote) {
        this.account = account;
        this.quote = quote;
    }

    String quote() {
        return quote;
    }

    /** Takes the exchange's balances as the starting point the fills move from (once). */
    synchronized boolean baseline(List<Balance> reported) {
        if (baselined) {
            return false;
        }
        reported.forEach(b -> balances.put(b.asset(), b.total()));
        baselined = true;
        return true;
    }

    synchronized boolean baselined() {
        return baselined;
    }

    /** Positions saved by an earlier run. */
    synchronized void restore(List<Position> saved) {
        for (Position p : saved) {
            Book book = books.computeIfAbsent(p.symbol(), s -> new Book());
            book.quantity = p.quantity();
            book.averageEntry = p.averageEntry();
            book.realized = p.realizedPnl();
            book.fees = p.fees();
        }
    }

    /** Books a fill (the caller makes sure each fill comes once) and returns the symbol's position after it. */
    synchronized Position apply(Fill fill) {
        return apply(fill, true);
    }

    /**
     * Books a fill into its position only: for a fill the balances taken from the exchange at start already hold
     * (made while the engine was down).
     */
    synchronized Position applyToPosition(Fill fill) {
        return apply(fill, false);
    }

    private Position apply(Fill fill, boolean moveBalances) {
        Symbol symbol = fill.symbol();
        BigDecimal price = fill.price();
        BigDecimal baseFee = symbol.base().equals(fill.feeAsset()) ? fill.fee() : BigDecimal.ZERO;
        BigDecimal signed = fill.side() == Side.BUY ? fill.quantity().subtract(baseFee) : fill.quantity().negate().subtract(baseFee);
        Book book = books.computeIfAbsent(symbol, s -> new Book());
        book.fees = book.fees.add(feeInQuote(fill));
        move(book, signed, price);
        if (moveBalances) {
            moveBalances(fill, baseFee);
        }
        if (symbol.quote().equals(quote)) {
            lastPrices.put(symbol.base(), price);
        }
        return position(symbol, book);
    }

    /** Changes the position by {@code signed} base units at {@code price}: opens, adds, reduces or flips it. */
    private static void move(Book book, BigDecimal signed, BigDecimal price) {
        BigDecimal held = book.quantity;
        if (held.signum() == 0 || held.signum() == signed.signum()) {
            BigDecimal total = held.add(signed);
            book.averageEntry = total.signum() == 0 ? BigDecimal.ZERO
                    : held.abs().multiply(book.averageEntry).add(signed.abs().multiply(price)).divide(total.abs(), PRECISION);
            book.quantity = total;
            return;
        }
        BigDecimal closed = signed.abs().min(held.abs());
        BigDecimal perUnit = held.signum() > 0 ? price.subtract(book.averageEntry) : book.averageEntry.subtract(price);
        book.realized = book.realized.add(perUnit.multiply(closed));
        book.quantity = held.add(signed);
        if (book.quantity.signum() == 0) {
            book.averageEntry = BigDecimal.ZERO;
        } else if (book.quantity.signum() != held.signum()) {
            book.averageEntry = price;
        }
    }

    private void moveBalances(Fill fill, BigDecimal baseFee) {
        Symbol s = fill.symbol();
        BigDecimal notional = fill.quantity().multiply(fill.price());
        boolean buy = fill.side() == Side.BUY;
        add(s.base(), buy ? fill.quantity() : fill.quantity().negate());
        add(s.quote(), buy ? notional.negate() : notional);
        if (fill.fee().signum() > 0 && fill.feeAsset() != null) {
            add(fill.feeAsset(), fill.fee().negate());
        }
    }

    private void add(String asset, BigDecimal amount) {
        balances.merge(asset, amount, BigDecimal::add);
    }

    private BigDecimal feeInQuote(Fill fill) {
        String asset = fill.feeAsset();
        if (fill.fee().signum() == 0 || asset == null) {
            return BigDecimal.ZERO;
        }
        if (asset.equals(fill.symbol().quote())) {
            return fill.fee();
        }
        if (asset.equals(fill.symbol().base())) {
            return fill.fee().multiply(fill.price());
        }
        BigDecimal price = lastPrices.get(asset);
        return price == null ? BigDecimal.ZERO : fill.fee().multiply(price);
    }

    synchronized void mark(Symbol symbol, BigDecimal price) {
        if (symbol.quote().equals(quote)) {
            lastPrices.put(symbol.base(), price);
        }
    }

    synchronized Optional<BigDecimal> lastPrice(Symbol symbol) {
        return Optional.ofNullable(symbol.quote().equals(quote) ? lastPrices.get(symbol.base()) : null);
    }

    /** Positions that are not flat, by symbol. */
    synchronized List<Position> positions() {
        List<Position> result = new ArrayList<>();
        books.forEach((symbol, book) -> {
            if (book.quantity.signum() != 0) {
                result.add(position(symbol, book));
            }
        });
        return result;
    }

    synchronized Optional<Position> position(Symbol symbol) {
        Book book = books.get(symbol);
        return book == null ? Optional.empty() : Optional.of(position(symbol, book));
    }

    private Position position(Symbol symbol, Book book) {
        BigDecimal last = symbol.quote().equals(quote) ? lastPrices.get(symbol.base()) : null;
        BigDecimal unrealized = last == null || book.quantity.signum() == 0 ? BigDecimal.ZERO
                : last.subtract(book.averageEntry).multiply(book.quantity);
        return new Position(account, symbol, book.quantity, book.averageEntry, book.realized, unrealized, book.fees);
    }

    synchronized Map<String, BigDecimal> balances() {
        return new TreeMap<>(balances);
    }

    synchronized BigDecimal balance(String asset) {
        return balances.getOrDefault(asset, BigDecimal.ZERO);
    }

    /** Every tracked asset valued in the quote asset at its last price; assets without a price count zero. */
    synchronized BigDecimal equity() {
        BigDecimal equity = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> e : balances.entrySet()) {
            if (e.getKey().equals(quote)) {
                equity = equity.add(e.getValue());
                continue;
            }
            BigDecimal price = lastPrices.get(e.getKey());
            if (price != null) {
                equity = equity.add(e.getValue().multiply(price));
            }
        }
        return equity;
    }

    /** Gross notional of the open positions at their last (else entry) price. */
    synchronized BigDecimal positionExposure() {
        BigDecimal exposure = BigDecimal.ZERO;
        for (Map.Entry<Symbol, Book> e : books.entrySet()) {
            Book book = e.getValue();
            BigDecimal price = lastPrices.getOrDefault(e.getKey().base(), book.averageEntry);
            exposure = exposure.add(book.quantity.abs().multiply(price));
        }
        return exposure;
    }
}
