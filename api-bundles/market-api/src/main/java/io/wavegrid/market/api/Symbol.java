package io.wavegrid.market.api;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A spot trading pair such as BTC/USDT. The exchange-neutral code is {@code base + quote} ("BTCUSDT");
 * adapters map it to their own spelling ("BTC-USDT" on KuCoin).
 */
public record Symbol(String base, String quote) implements Comparable<Symbol> {

    private static final Pattern ASSET = Pattern.compile("[A-Z0-9]{1,20}");

    /** Quote assets recognised when a code without separator must be split, longest first. */
    private static final List<String> KNOWN_QUOTES = List.of(
            "FDUSD", "USDT", "USDC", "BUSD", "TUSD", "BIDR", "BTC", "ETH", "BNB", "EUR", "TRY", "DAI",
            "USD", "GBP", "BRL", "KCS");

    public Symbol {
        if (base == null || !ASSET.matcher(base).matches()) {
            throw new IllegalArgumentException("invalid base asset '" + base + "': expected 1-20 upper-case letters or digits");
        }
        if (quote == null || !ASSET.matcher(quote).matches()) {
            throw new IllegalArgumentException("invalid quote asset '" + quote + "': expected 1-20 upper-case letters or digits");
        }
    }

    /**
     * Parses "BTC/USDT", "BTC-USDT", "btc_usdt" or "BTCUSDT" (the last only when the quote asset is a
     * well-known one).
     */
    public static Symbol parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("symbol is empty");
        }
        String s = text.trim().toUpperCase(Locale.ROOT);
        for (char separator : new char[] {'/', '-', '_'}) {
            int i = s.indexOf(separator);
            if (i >= 0) {
                return new Symbol(s.substring(0, i), s.substring(i + 1));
            }
        }
        for (String quote : KNOWN_QUOTES) {
            if (s.endsWith(quote) && s.length() > quote.length()) {
                return new Symbol(s.substring(0, s.length() - quote.length()), quote);
            }
        }
        throw new IllegalArgumentException("cannot split symbol '" + text
                + "' into base and quote: write it as BASE/QUOTE, e.g. BTC/USDT");
    }

    /** Exchange-neutral code, e.g. "BTCUSDT". */
    public String code() {
        return base + quote;
    }

    @Override
    public int compareTo(Symbol other) {
        int c = base.compareTo(other.base);
        return c != 0 ? c : quote.compareTo(other.quote);
    }

    // Written out: the record's generated equals and hashCode go through method handles that the JIT does not
    // always inline, and every calculator compares the symbol of every bar.
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Symbol that && base.equals(that.base) && quote.equals(that.quote);
    }

    @Override
    public int hashCode() {
        return 31 * base.hashCode() + quote.hashCode();
    }

    @Override
    public String toString() {
        return code();
    }
}
