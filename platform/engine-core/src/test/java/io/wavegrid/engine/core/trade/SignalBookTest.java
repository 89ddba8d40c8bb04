package io.wavegrid.engine.core.trade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.wavegrid.engine.core.signal.SeriesKey;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Timeframe;
import io.wavegrid.signal.api.Direction;
import io.wavegrid.signal.api.SignalStatus;
import io.wavegrid.signal.api.TradingSignal;

import org.junit.jupiter.api.Test;

class SignalBookTest {

    private static final Symbol BTC = Symbol.parse("BTCUSDT");
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private final List<TradingSignal> stored = new ArrayList<>();
    private final List<String> heard = new ArrayList<>();
    private final SignalBook book = new SignalBook(stored::add);

    SignalBookTest() {
        book.addListener(s -> heard.add(s.id() + ":" + s.status()));
    }

    private static TradingSignal signal(String id, Direction direction, double confidence, Instant expiry) {
        BigDecimal entry = new BigDecimal("100");
        BigDecimal stop = direction == Direction.LONG ? new BigDecimal("97") : new BigDecimal("103");
        return new TradingSignal(id, "default", BTC, Timeframe.M1, direction, confidence, entry, stop, List.of(),
                Map.of(), T0, expiry, SignalStatus.PENDING, "");
    }

    @Test
    void aSignalMovesThroughItsLifecycleAndEveryMoveIsHeardAndStored() {
        book.open(signal("s1", Direction.LONG, 0.7, T0.plusSeconds(180)));
        book.transition("s1", SignalStatus.ACTIVE, "entry placed");
        TradingSignal done = book.transition("s1", SignalStatus.EXECUTED, "entry filled");
        assertEquals(SignalStatus.EXECUTED, done.status());
        assertEquals(List.of("s1:PENDING", "s1:ACTIVE", "s1:EXECUTED"), heard);
        assertEquals(3, stored.size());
        assertEquals(List.of(), book.open());
    }

    @Test
    void aForbiddenMoveOrAMissingReasonIsRefusedAndChangesNothing() {
        book.open(signal("s1", Direction.LONG, 0.7, null));
        book.transition("s1", SignalStatus.REJECTED, "insufficient balance");
        assertThrows(IllegalStateException.class, () -> book.transition("s1", SignalStatus.ACTIVE, "again"));
        assertThrows(IllegalArgumentException.class, () -> book.transition("nope", SignalStatus.ACTIVE, "x"));
        book.open(signal("s2", Direction.LONG, 0.7, null));
        assertThrows(IllegalArgumentException.class, () -> book.transition("s2", SignalStatus.CANCELLED, " "));
        assertEquals(SignalStatus.REJECTED, book.find("s1").orElseThrow().status());
        assertEquals("insufficient balance", book.find("s1").orElseThrow().reason());
        assertEquals(SignalStatus.PENDING, book.find("s2").orElseThrow().status());
        assertEquals(List.of("s1:PENDING", "s1:REJECTED", "s2:PENDING"), heard);
    }

    @Test
    void aSignalIsRaisedOnceEvenIfOpenedAgain() {
        book.open(signal("s1", Direction.LONG, 0.7, null));
        book.open(signal("s1", Direction.LONG, 0.7, null));
        assertEquals(List.of("s1:PENDING"), heard);
    }

    @Test
    void aFailingListenerDoesNotKeepTheOthersFromHearing() {
        book.addListener(s -> {
            throw new IllegalStateException("boom");
        });
        List<String> late = new ArrayList<>();
        book.addListener(s -> late.add(s.id()));
        book.open(signal("s1", Direction.LONG, 0.7, null));
        assertEquals(List.of("s1"), late);
    }

    @Test
    void dueSignalsOfTheSeriesExpireAndOthersStay() {
        book.open(signal("due", Direction.LONG, 0.7, T0.plusSeconds(60)));
        book.open(signal("later", Direction.LONG, 0.7, T0.plusSeconds(600)));
        book.expireDue(BTC, Timeframe.H1, T0.plusSeconds(60).toEpochMilli());
        assertEquals(2, book.open().size(), "another timeframe's bar does not expire these");
        book.expireDue(BTC, Timeframe.M1, T0.plusSeconds(60).toEpochMilli());
        assertEquals(SignalStatus.EXPIRED, book.find("due").orElseThrow().status());
        assertEquals(SignalStatus.PENDING, book.find("later").orElseThrow().status());
    }

    @Test
    void anOppositeSignalCancelsTheOpenOnesOfItsSeries() {
        book.open(signal("long", Direction.LONG, 0.7, null));
        TradingSignal opposite = signal("short", Direction.SHORT, 0.6, null);
        book.cancelOpposite(opposite);
        book.open(opposite);
        TradingSignal cancelled = book.find("long").orElseThrow();
        assertEquals(SignalStatus.CANCELLED, cancelled.status());
        assertTrue(cancelled.reason().contains("short"));
    }

    @Test
    void aScanRanksTheCurrentSetupsByConfidence() {
        SeriesKey btc = new SeriesKey("default", BTC, Timeframe.M1);
        SeriesKey eth = new SeriesKey("default", Symbol.parse("ETHUSDT"), Timeframe.M1);
        SeriesKey btcHour = new SeriesKey("default", BTC, Timeframe.H1);
        book.candidate(btc, () -> signal("a", Direction.LONG, 0.55, null));
        book.candidate(eth, () -> signal("b", Direction.LONG, 0.91, null));
        book.candidate(btcHour, () -> signal("c", Direction.SHORT, 0.75, null));
        assertEquals(List.of("b", "c", "a"), book.scan(Set.of(), Set.of()).stream().map(TradingSignal::id).toList());
        assertEquals(List.of("c", "a"), book.scan(Set.of(BTC), null).stream().map(TradingSignal::id).toList());
        book.candidate(eth, null);
        assertEquals(List.of("a"), book.scan(Set.of(), Set.of(Timeframe.M1)).stream().map(TradingSignal::id).toList());
    }

    @Test
    void aMoveMadeWhileListenersHearAnEventReachesEveryListenerAfterIt() {
        SignalBook ordered = new SignalBook(s -> { });
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();
        ordered.addListener(s -> {
            first.add(s.status().name());
            if (s.status() == SignalStatus.PENDING) {
                ordered.transition(s.id(), SignalStatus.ACTIVE, "entry placed");
            }
        });
        ordered.addListener(s -> second.add(s.status().name()));
        ordered.open(signal("s1", Direction.LONG, 0.7, null));
        assertEquals(List.of("PENDING", "ACTIVE"), first);
        assertEquals(List.of("PENDING", "ACTIVE"), second);
        assertEquals(SignalStatus.ACTIVE, ordered.find("s1").orElseThrow().status());
    }
}
