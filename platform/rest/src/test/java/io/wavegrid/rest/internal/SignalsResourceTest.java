package io.wavegrid.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Timeframe;
import io.wavegrid.signal.api.Category;
import io.wavegrid.signal.api.Direction;
import io.wavegrid.signal.api.SignalLifecycle;
import io.wavegrid.signal.api.SignalStatus;
import io.wavegrid.signal.api.TradingSignal;

import javax.ws.rs.NotFoundException;

import org.junit.jupiter.api.Test;

class SignalsResourceTest {

    /** The lifecycle rules of the API's SignalStatus over a map; the engine's own book is private to it. */
    private static final class Book implements SignalLifecycle {
        final Map<String, TradingSignal> byId = new LinkedHashMap<>();
        List<Symbol> scannedSymbols;
        List<Timeframe> scannedTimeframes;

        @Override
        public TradingSignal transition(String id, SignalStatus next, String reason) {
            TradingSignal current = byId.get(id);
            if (current == null) {
                throw new IllegalArgumentException("unknown signal '" + id + "'");
            }
            if (!current.status().canMoveTo(next)) {
                throw new IllegalStateException("signal " + id + " cannot move from " + current.status() + " to " + next);
            }
            TradingSignal moved = current.withStatus(next, reason);
            byId.put(id, moved);
            return moved;
        }

        @Override
        public Optional<TradingSignal> find(String id) {
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public List<TradingSignal> open() {
            return byId.values().stream().filter(s -> !s.status().isTerminal()).toList();
        }

        @Override
        public List<TradingSignal> scan(Collection<Symbol> symbols, Collection<Timeframe> timeframes) {
            scannedSymbols = new ArrayList<>(symbols);
            scannedTimeframes = new ArrayList<>(timeframes);
            return List.copyOf(byId.values());
        }
    }

    private final Book book = new Book();
    private final SignalsResource resource = new SignalsResource(book);

    SignalsResourceTest() {
        book.byId.put("s1", new TradingSignal("s1", "default", Symbol.parse("BTCUSDT"), Timeframe.H1, Direction.LONG, 0.72,
                new BigDecimal("100.5"), new BigDecimal("97.25"), List.of(new BigDecimal("105")),
                Map.of(Category.TECHNICAL, "rsi +0.80"), Instant.parse("2026-01-01T01:00:00Z"),
                Instant.parse("2026-01-01T04:00:00Z"), SignalStatus.PENDING, ""));
    }

    @Test
    void openSignalsAreShownWithPlainFieldsInJson() throws Exception {
        String json = new ObjectMapper().writeValueAsString(resource.open());
        assertTrue(json.contains("\"symbol\":\"BTCUSDT\""), json);
        assertTrue(json.contains("\"timeframe\":\"1h\""), json);
        assertTrue(json.contains("\"stopLoss\":97.25"), json);
        assertTrue(json.contains("\"expiry\":\"2026-01-01T04:00:00Z\""), json);
        assertTrue(json.contains("\"technical\":\"rsi +0.80\""), json);
    }

    @Test
    void anUnknownIdIsNotFoundAndACancelMovesTheSignalOnce() {
        assertThrows(NotFoundException.class, () -> resource.one("nope"));
        assertThrows(NotFoundException.class, () -> resource.cancel("nope", "x"));
        assertEquals("CANCELLED", resource.cancel("s1", null).status());
        assertEquals("cancelled by an operator", resource.one("s1").reason());
        assertThrows(IllegalStateException.class, () -> resource.cancel("s1", "again"), "409: already ended");
    }

    @Test
    void aScanParsesItsSeriesAndRefusesUnknownOnes() {
        resource.scan("BTCUSDT, ETH/USDT", "1h,4h");
        assertEquals(List.of(Symbol.parse("BTCUSDT"), Symbol.parse("ETHUSDT")), book.scannedSymbols);
        assertEquals(List.of(Timeframe.H1, Timeframe.H4), book.scannedTimeframes);
        resource.scan(null, "");
        assertEquals(List.of(), book.scannedSymbols);
        assertThrows(IllegalArgumentException.class, () -> resource.scan(null, "7m"), "400 with the reason");
    }
}
