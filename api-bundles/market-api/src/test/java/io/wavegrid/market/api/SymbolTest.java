package io.wavegrid.market.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SymbolTest {

    @Test
    void symbolsAreEqualByBaseAndQuoteWhateverTheSpellingTheyWereParsedFrom() {
        Symbol slash = Symbol.parse("btc/usdt");
        Symbol plain = Symbol.parse("BTCUSDT");
        assertEquals(slash, plain);
        assertEquals(slash.hashCode(), plain.hashCode());
        assertEquals(new Symbol("BTC", "USDT"), Symbol.parse("BTC-USDT"));
        assertNotEquals(new Symbol("BTC", "USDT"), new Symbol("BTCU", "SDT"));
        assertNotEquals(new Symbol("ETH", "BTC"), new Symbol("BTC", "ETH"));
        assertNotEquals(new Symbol("BTC", "USDT"), "BTCUSDT");
        assertNotEquals(new Symbol("BTC", "USDT"), null);
        Set<Symbol> set = new HashSet<>(Set.of(new Symbol("BTC", "USDT"), new Symbol("ETH", "USDT")));
        assertEquals(2, set.size());
        set.add(Symbol.parse("eth_usdt"));
        assertEquals(2, set.size());
    }

    @Test
    void badSpellingsAreRefusedWithTheReason() {
        assertThrows(IllegalArgumentException.class, () -> Symbol.parse("BTCXYZ"));
        assertThrows(IllegalArgumentException.class, () -> new Symbol("btc", "USDT"));
        assertThrows(IllegalArgumentException.class, () -> Symbol.parse(" "));
    }
}
