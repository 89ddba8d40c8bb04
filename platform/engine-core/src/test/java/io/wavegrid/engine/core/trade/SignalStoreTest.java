package io.wavegrid.engine.core.trade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import io.wavegrid.infra.api.SignalRepository;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Timeframe;
import io.wavegrid.signal.api.Direction;
import io.wavegrid.signal.api.SignalStatus;
import io.wavegrid.signal.api.TradingSignal;

import org.junit.jupiter.api.Test;

/** Every state handed to the store reaches the repository, in order, on the store's thread; closing writes what waits. */
class SignalStoreTest {

    private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

    private static TradingSignal signal(String id, SignalStatus status) {
        return new TradingSignal(id, "default", new Symbol("BTC", "USDT"), Timeframe.M1, Direction.LONG, 0.7, new BigDecimal("100"),
                new BigDecimal("97"), List.of(), Map.of(), T0, T0.plusSeconds(600), status, "");
    }

    /** Records what it is asked to save and on which thread; the first save fails, as a database can. */
    private static final class Recording implements SignalRepository {
        final List<String> saved = new CopyOnWriteArrayList<>();
        final List<String> threads = new CopyOnWriteArrayList<>();

        @Override
        public void save(TradingSignal signal) {
            threads.add(Thread.currentThread().getName());
            if (saved.isEmpty() && signal.id().equals("bad")) {
                saved.add("refused");
                throw new IllegalStateException("database refused it");
            }
            saved.add(signal.id() + ":" + signal.status());
        }

        @Override
        public Optional<TradingSignal> find(String id) {
            return Optional.empty();
        }

        @Override
        public List<TradingSignal> recent(Symbol symbol, int limit) {
            return List.of();
        }
    }

    @Test
    void statesReachTheRepositoryInOrderOnTheStoresThreadAndAFailureSkipsOnlyItself() {
        Recording repository = new Recording();
        SignalStore store = new SignalStore();
        store.use(repository);

        store.save(signal("bad", SignalStatus.PENDING));
        for (int i = 0; i < 200; i++) {
            store.save(signal("s" + i, SignalStatus.PENDING));
            store.save(signal("s" + i, SignalStatus.ACTIVE));
        }
        store.close();

        assertEquals(401, repository.saved.size());
        assertEquals("refused", repository.saved.get(0));
        assertEquals("s0:PENDING", repository.saved.get(1));
        assertEquals("s0:ACTIVE", repository.saved.get(2));
        assertEquals("s199:ACTIVE", repository.saved.get(400));
        assertTrue(repository.threads.stream().allMatch("wavegrid-signal-store"::equals), repository.threads.toString());
    }

    @Test
    void statesSavedWithinABarAreWrittenOnceItEnds() throws Exception {
        Recording repository = new Recording();
        SignalStore store = new SignalStore();
        store.use(repository);

        store.barBegins();
        store.save(signal("s1", SignalStatus.PENDING));
        store.save(signal("s1", SignalStatus.ACTIVE));
        store.barEnds();
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (repository.saved.size() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        store.save(signal("s2", SignalStatus.PENDING));
        store.close();

        assertEquals(List.of("s1:PENDING", "s1:ACTIVE", "s2:PENDING"), repository.saved);
    }

    @Test
    void withoutARepositoryNothingIsKept() {
        Recording repository = new Recording();
        SignalStore store = new SignalStore();
        store.save(signal("s1", SignalStatus.PENDING));
        store.use(repository);
        store.save(signal("s2", SignalStatus.PENDING));
        store.close();

        assertEquals(List.of("s2:PENDING"), repository.saved);
    }
}
