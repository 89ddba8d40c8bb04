package io.wavegrid.execution.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

import io.wavegrid.execution.internal.ClientOrderIds.Role;
import io.wavegrid.market.api.Side;
import io.wavegrid.trading.api.OrderRequest;
import io.wavegrid.trading.api.OrderType;

import org.junit.jupiter.api.Test;

class ClientOrderIdsTest {

    @Test
    void sameTradeRoleAndAttemptGiveTheSameIdAndAnyDifferenceAnother() {
        String id = ClientOrderIds.of("trend", "sig-1", Role.ENTRY, 1);

        assertEquals(id, ClientOrderIds.of("trend", "sig-1", Role.ENTRY, 1));
        Set<String> ids = new HashSet<>();
        ids.add(id);
        ids.add(ClientOrderIds.of("trend", "sig-2", Role.ENTRY, 1));
        ids.add(ClientOrderIds.of("other", "sig-1", Role.ENTRY, 1));
        ids.add(ClientOrderIds.of("trend", "sig-1", Role.STOP, 1));
        ids.add(ClientOrderIds.of("trend", "sig-1", Role.STOP, 2));
        ids.add(ClientOrderIds.of(ClientOrderIds.tradeKey("trend", "sig-1"), Role.TARGET, 1, 1));
        ids.add(ClientOrderIds.of(ClientOrderIds.tradeKey("trend", "sig-1"), Role.TARGET, 11, 1));
        ids.add(ClientOrderIds.of(ClientOrderIds.tradeKey("trend", "sig-1"), Role.TARGET, 1, 11));
        assertEquals(8, ids.size(), ids.toString());
        // "trend|sig-1" and "trend|" + "sig-1" are one input; the separator keeps "a|b-c" and "a-b|c" apart.
        assertNotEquals(ClientOrderIds.tradeKey("a", "b-c"), ClientOrderIds.tradeKey("a-b", "c"));
    }

    @Test
    void everyIdFitsTheStrictestExchangeAndIsRecognised() {
        String longest = ClientOrderIds.of(ClientOrderIds.tradeKey("s".repeat(64), "x".repeat(64)), Role.TARGET, 99, 9999);

        assertTrue(longest.length() <= 36, longest);
        new OrderRequest(longest, Harness.BTC, Side.BUY, OrderType.MARKET, BigDecimal.ONE, null, null, null);
        assertTrue(ClientOrderIds.looksOurs(longest));
        assertTrue(longest.startsWith("wg") && longest.endsWith("-T99.9999"), longest);
        assertFalse(ClientOrderIds.looksOurs("manual-1"));
        assertFalse(ClientOrderIds.looksOurs(null));
    }

    @Test
    void anIdTakenApartGivesBackWhatMadeIt() {
        String key = ClientOrderIds.tradeKey("trend", "sig-1");

        assertEquals(new ClientOrderIds.Parsed(key, Role.TARGET, 12, 3), ClientOrderIds.parse(ClientOrderIds.of(key, Role.TARGET, 12, 3)));
        assertEquals(new ClientOrderIds.Parsed(key, Role.STOP, 0, 250), ClientOrderIds.parse(ClientOrderIds.of(key, Role.STOP, 0, 250)));
        assertEquals(new ClientOrderIds.Parsed(key, Role.ENTRY, 0, 1), ClientOrderIds.parse(ClientOrderIds.of(key, Role.ENTRY, 0, 1)));
        assertEquals(new ClientOrderIds.Parsed(key, Role.EXIT, 0, 9), ClientOrderIds.parse(ClientOrderIds.of(key, Role.EXIT, 0, 9)));
        assertEquals(null, ClientOrderIds.parse("manual-1"));
    }

    @Test
    void anEngineSignalsKeyBeginsWithItsBarsMinuteSoKeysSortByTimeAndOtherIdsKeepTheEarlierForm() {
        String early = ClientOrderIds.tradeKey("trend", "trend.BTCUSDT.1m.1704067200000");
        String later = ClientOrderIds.tradeKey("trend", "trend.BTCUSDT.1m.1704067260000");
        String otherProfile = ClientOrderIds.tradeKey("scalp", "scalp.BTCUSDT.1m.1704067200000");

        assertTrue(early.compareTo(later) < 0, early + " " + later);
        assertEquals(early.substring(0, 9), otherProfile.substring(0, 9), "the same minute");
        assertNotEquals(early, otherProfile);
        assertEquals(22, early.length());
        assertTrue(ClientOrderIds.looksOurs(ClientOrderIds.of(early, Role.TARGET, 2, 3)));
        assertEquals(early, ClientOrderIds.parse(ClientOrderIds.of(early, Role.STOP, 0, 4)).tradeKey());
        assertNotEquals(ClientOrderIds.keyBeforeMinutes("trend", "trend.BTCUSDT.1m.1704067200000"), early);
        assertEquals(ClientOrderIds.keyBeforeMinutes("trend", "sig-1"), ClientOrderIds.tradeKey("trend", "sig-1"));
        assertEquals(ClientOrderIds.keyBeforeMinutes("a", "b.c"), ClientOrderIds.tradeKey("a", "b.c"), "no time at the end");
    }

    @Test
    void attemptsAndTargetNumbersOutOfRangeAreRefused() {
        String key = ClientOrderIds.tradeKey("trend", "sig-1");
        assertThrows(IllegalArgumentException.class, () -> ClientOrderIds.of(key, Role.ENTRY, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> ClientOrderIds.of(key, Role.ENTRY, 0, 10_000));
        assertThrows(IllegalArgumentException.class, () -> ClientOrderIds.of(key, Role.TARGET, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> ClientOrderIds.of(key, Role.TARGET, 100, 1));
    }

    @Test
    void theShapeCheckAgreesWithTheGrammarOnValidAndMangledIds() {
        Pattern grammar = Pattern.compile("wg[A-Z2-7]{20}-(E|S|X|T[0-9]{1,2})\\.[0-9]{1,4}");
        SplittableRandom random = new SplittableRandom(11);
        String alphabet = "wgAZ27189-.ESXTabc0 ";
        int ours = 0;
        for (int i = 0; i < 200_000; i++) {
            String key = ClientOrderIds.tradeKey("s" + i, "sig-" + i);
            Role role = Role.values()[random.nextInt(4)];
            StringBuilder id = new StringBuilder(ClientOrderIds.of(key, role, 1 + random.nextInt(12), 1 + random.nextInt(9999)));
            // Mangle most of them: change, drop or add a character anywhere.
            for (int edits = random.nextInt(3); edits > 0; edits--) {
                int at = random.nextInt(id.length() + 1);
                char c = alphabet.charAt(random.nextInt(alphabet.length()));
                switch (random.nextInt(3)) {
                    case 0 -> id.insert(at, c);
                    case 1 -> id.setCharAt(Math.min(at, id.length() - 1), c);
                    default -> id.deleteCharAt(Math.min(at, id.length() - 1));
                }
            }
            String candidate = id.toString();
            boolean expected = grammar.matcher(candidate).matches();
            ours += expected ? 1 : 0;
            assertEquals(expected, ClientOrderIds.looksOurs(candidate), candidate);
        }
        assertTrue(ours > 50_000 && ours < 150_000, "both kinds were tried: " + ours);
    }
}
