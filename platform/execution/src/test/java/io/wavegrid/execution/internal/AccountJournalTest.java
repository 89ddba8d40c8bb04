package io.wavegrid.execution.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.wavegrid.infra.api.JournaledOrder;
import io.wavegrid.infra.api.OrderJournal;
import io.wavegrid.infra.api.StoreUnavailableException;
import io.wavegrid.infra.memory.internal.MemoryOrderJournal;
import io.wavegrid.market.api.Side;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.trading.api.Order;
import io.wavegrid.trading.api.OrderRequest;
import io.wavegrid.trading.api.OrderStatus;
import io.wavegrid.trading.api.OrderType;

import org.junit.jupiter.api.Test;

/** The account's working orders held in memory stay exactly what the journal says is open. */
class AccountJournalTest {

    private static final Instant T = Harness.T0;
    private static final Symbol ETH = Symbol.parse("ETHUSDT");

    private final MemoryOrderJournal store = new MemoryOrderJournal();
    private final AccountJournal journal = new AccountJournal("paper", store);

    private static Order fresh(String id, Symbol symbol, Side side, int second) {
        return new Order(new OrderRequest(id, symbol, side, OrderType.LIMIT, new BigDecimal("2"), new BigDecimal("100"), null, null),
                null, OrderStatus.NEW, null, null, T.plusSeconds(second), "");
    }

    private static Order moved(Order order, OrderStatus status, String filled, int second) {
        return new Order(order.request(), "x-" + order.clientOrderId(), status, new BigDecimal(filled),
                filled.equals("0") ? null : new BigDecimal("100"), T.plusSeconds(second), "");
    }

    private static List<String> ids(List<Order> orders) {
        return orders.stream().map(Order::clientOrderId).toList();
    }

    @Test
    void workingOrdersFollowEveryWriteAndLeaveWhenTheyFinish() {
        Order sell = fresh("s1", Harness.BTC, Side.SELL, 1);
        Order buy = fresh("b1", Harness.BTC, Side.BUY, 2);
        Order otherSymbol = fresh("e1", ETH, Side.SELL, 3);
        assertTrue(journal.journal(sell));
        assertTrue(journal.journal(buy));
        assertTrue(journal.journal(otherSymbol));
        journal.update(moved(sell, OrderStatus.SUBMITTED, "0", 4));
        journal.update(moved(sell, OrderStatus.PARTIALLY_FILLED, "1", 5));

        assertEquals(List.of("s1"), ids(journal.working(Harness.BTC, Side.SELL)));
        assertEquals(0, BigDecimal.ONE.compareTo(journal.working(Harness.BTC, Side.SELL).get(0).filledQuantity()));
        assertEquals(List.of("b1"), ids(journal.working(Harness.BTC, Side.BUY)));

        journal.update(moved(sell, OrderStatus.FILLED, "2", 6));

        assertTrue(journal.working(Harness.BTC, Side.SELL).isEmpty());
        assertEquals(OrderStatus.FILLED, journal.find("s1").orElseThrow().order().status());
        assertEquals(store.open("paper"), journal.open());
    }

    @Test
    void ordersJournaledBeforeItWasMadeAreFoundOldestFirst() {
        store.journal("paper", fresh("late", Harness.BTC, Side.SELL, 9));
        store.journal("paper", fresh("early", Harness.BTC, Side.SELL, 1));
        store.journal("other-account", fresh("foreign", Harness.BTC, Side.SELL, 0));
        AccountJournal restarted = new AccountJournal("paper", store);

        assertEquals(List.of("early", "late"), ids(restarted.working(Harness.BTC, Side.SELL)));
        assertEquals(List.of("early", "late"), restarted.open().stream().map(j -> j.order().clientOrderId()).toList());
        assertEquals("other-account", restarted.find("foreign").orElseThrow().account());
    }

    @Test
    void anOrderThatEndedHereIsFoundWithoutReadingTheStore() {
        DownForReads reads = new DownForReads(store);
        reads.reachable = true;
        AccountJournal held = new AccountJournal("paper", reads);
        Order sell = fresh("s1", Harness.BTC, Side.SELL, 1);
        held.journal(sell);
        held.update(moved(sell, OrderStatus.SUBMITTED, "0", 2));
        held.update(moved(sell, OrderStatus.CANCELLED, "0", 3));
        reads.findsFail = true;

        assertEquals(OrderStatus.CANCELLED, held.find("s1").orElseThrow().order().status());
        assertThrows(StoreUnavailableException.class, () -> held.find("never-here"), "any other order is read from the store");
    }

    @Test
    void anUpdateFromAnotherThreadIsJudgedAgainstTheStateABarHasNotWrittenYet() throws Exception {
        BarWrites writes = new BarWrites();
        AccountJournal held = new AccountJournal("paper", store, writes);
        Order sell = fresh("s1", Harness.BTC, Side.SELL, 1);
        held.journal(sell);
        held.open();
        held.update(moved(sell, OrderStatus.SUBMITTED, "0", 2));
        writes.begin();
        held.update(moved(sell, OrderStatus.FILLED, "2", 3));
        assertEquals(OrderStatus.SUBMITTED, store.find("s1").orElseThrow().order().status(), "the bar's write waits");

        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            Future<?> cancel = other.submit(() -> held.update(moved(sell, OrderStatus.CANCELLED, "0", 4)));
            ExecutionException refused = assertThrows(ExecutionException.class, cancel::get);
            assertTrue(refused.getCause() instanceof IllegalStateException, refused.toString());
        } finally {
            other.shutdownNow();
        }
        writes.end();

        assertEquals(OrderStatus.FILLED, store.find("s1").orElseThrow().order().status());
        assertEquals(OrderStatus.FILLED, held.find("s1").orElseThrow().order().status());
    }

    @Test
    void aStoreThatCannotBeReadAtFirstUseFailsTheCallAndIsReadAgainLater() {
        store.journal("paper", fresh("s1", Harness.BTC, Side.SELL, 1));
        DownForReads down = new DownForReads(store);
        AccountJournal overDown = new AccountJournal("paper", down);

        assertThrows(StoreUnavailableException.class, () -> overDown.working(Harness.BTC, Side.SELL));
        down.reachable = true;

        assertEquals(List.of("s1"), ids(overDown.working(Harness.BTC, Side.SELL)));
    }

    @Test
    void aWriteTheStoreRefusesChangesNothingHeld() {
        Order sell = fresh("s1", Harness.BTC, Side.SELL, 1);
        journal.journal(sell);
        journal.update(moved(sell, OrderStatus.SUBMITTED, "0", 2));
        journal.update(moved(sell, OrderStatus.PARTIALLY_FILLED, "1", 2));
        List<Order> before = journal.working(Harness.BTC, Side.SELL);

        assertThrows(IllegalStateException.class, () -> journal.update(moved(sell, OrderStatus.PARTIALLY_FILLED, "0.5", 3)));
        assertThrows(IllegalStateException.class, () -> journal.journal(fresh("s1", Harness.BTC, Side.BUY, 3)));
        AccountJournal storeDown = new AccountJournal("paper", new UnavailableJournal(store, true, true));
        assertEquals(before, storeDown.working(Harness.BTC, Side.SELL));
        assertThrows(StoreUnavailableException.class, () -> storeDown.update(moved(sell, OrderStatus.CANCELLED, "1", 4)));
        assertThrows(StoreUnavailableException.class, () -> storeDown.journal(fresh("s2", Harness.BTC, Side.SELL, 4)));

        assertEquals(before, journal.working(Harness.BTC, Side.SELL));
        assertEquals(before, storeDown.working(Harness.BTC, Side.SELL));
        assertTrue(journal.working(Harness.BTC, Side.BUY).isEmpty());
    }

    @Test
    void updatesFromTwoThreadsLeaveWhatTheJournalHolds() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 200; round++) {
                Order order = fresh("o" + round, Harness.BTC, Side.SELL, round);
                journal.journal(order);
                journal.update(moved(order, OrderStatus.SUBMITTED, "0", round));
                CountDownLatch start = new CountDownLatch(1);
                List<Future<?>> done = new ArrayList<>();
                for (String filled : List.of("1", "2")) {
                    done.add(threads.submit(() -> {
                        start.await();
                        try {
                            journal.update(moved(order, filled.equals("2") ? OrderStatus.FILLED : OrderStatus.PARTIALLY_FILLED,
                                    filled, 1000 + Integer.parseInt(filled)));
                        } catch (IllegalStateException stale) {
                            // The fill came second: the journal refuses it, as it should.
                        }
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> f : done) {
                    f.get();
                }
                Optional<JournaledOrder> held = journal.open().stream().filter(j -> j.order().clientOrderId().equals(order.clientOrderId()))
                        .findFirst();
                assertEquals(store.find(order.clientOrderId()).filter(j -> !j.order().status().isTerminal()), held, "round " + round);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    /** A journal whose reads of the open orders fail until it is reachable again. */
    private static final class DownForReads implements OrderJournal {
        private final OrderJournal store;
        volatile boolean reachable;
        volatile boolean findsFail;

        DownForReads(OrderJournal store) {
            this.store = store;
        }

        @Override
        public boolean journal(String account, Order order) {
            return store.journal(account, order);
        }

        @Override
        public JournaledOrder update(Order order) {
            return store.update(order);
        }

        @Override
        public Optional<JournaledOrder> find(String clientOrderId) {
            if (findsFail) {
                throw new StoreUnavailableException("database connection refused", null);
            }
            return store.find(clientOrderId);
        }

        @Override
        public List<JournaledOrder> endedWithFillsSince(String account, Instant since) {
            return store.endedWithFillsSince(account, since);
        }

        @Override
        public List<JournaledOrder> open(String account) {
            if (!reachable) {
                throw new StoreUnavailableException("database connection refused", null);
            }
            return store.open(account);
        }
    }
}
