package io.wavegrid.infra.api.contract;

import static io.wavegrid.infra.api.contract.Fixtures.T0;
import static io.wavegrid.infra.api.contract.Fixtures.assertSameOrder;
import static io.wavegrid.infra.api.contract.Fixtures.limitBuy;
import static io.wavegrid.infra.api.contract.Fixtures.moved;
import static io.wavegrid.infra.api.contract.Fixtures.newOrder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import io.wavegrid.infra.api.JournaledOrder;
import io.wavegrid.infra.api.OrderJournal;
import io.wavegrid.trading.api.Order;
import io.wavegrid.trading.api.OrderStatus;

import org.junit.jupiter.api.Test;

/** What every {@link OrderJournal} must do; each test gets an empty journal. */
public abstract class OrderJournalContract {

    protected abstract OrderJournal journal();

    @Test
    void journaledOrderIsFoundWithAllItsFields() {
        Order order = newOrder(limitBuy("s1-sig1-1", "0.015", "64250.12345678"), T0);

        assertTrue(journal().journal("paper", order));

        JournaledOrder found = journal().find("s1-sig1-1").orElseThrow();
        assertEquals("paper", found.account());
        assertSameOrder(order, found.order());
        assertTrue(journal().find("unknown").isEmpty());
    }

    @Test
    void journalingTheSameRequestAgainIsARetryAndAConflictingOneIsRefused() {
        Order order = newOrder(limitBuy("s1-sig1-1", "0.015", "64250"), T0);
        journal().journal("paper", order);

        assertFalse(journal().journal("paper", newOrder(limitBuy("s1-sig1-1", "0.0150", "64250.0"), T0.plusSeconds(1))));
        IllegalStateException conflict = assertThrows(IllegalStateException.class,
                () -> journal().journal("paper", newOrder(limitBuy("s1-sig1-1", "0.5", "64250"), T0)));
        assertTrue(conflict.getMessage().contains("s1-sig1-1"), conflict.getMessage());
        assertSameOrder(order, journal().find("s1-sig1-1").orElseThrow().order());
    }

    @Test
    void updatesFollowTheStateMachineAndTerminalOrdersLeaveTheOpenList() {
        Order placed = newOrder(limitBuy("a-1", "1", "100"), T0);
        journal().journal("paper", placed);
        journal().journal("paper", newOrder(limitBuy("a-2", "2", "99"), T0.plusSeconds(1)));

        journal().update(moved(placed, OrderStatus.SUBMITTED, "0", null, T0.plusSeconds(2)));
        journal().update(moved(placed, OrderStatus.PARTIALLY_FILLED, "0.4", "100", T0.plusSeconds(3)));
        Order filled = moved(placed, OrderStatus.FILLED, "1", "99.95", T0.plusSeconds(4));
        JournaledOrder after = journal().update(filled);

        assertSameOrder(filled, after.order());
        assertSameOrder(filled, journal().find("a-1").orElseThrow().order());
        assertEquals(List.of("a-2"), journal().open("paper").stream().map(j -> j.order().clientOrderId()).toList());
    }

    @Test
    void ordersThatEndedWithFillsAreListedFromAGivenTime() {
        Order filledEarly = newOrder(limitBuy("e-1", "1", "100"), T0);
        Order cancelledPartly = newOrder(limitBuy("e-2", "1", "100"), T0);
        Order cancelledEmpty = newOrder(limitBuy("e-3", "1", "100"), T0);
        Order working = newOrder(limitBuy("e-4", "1", "100"), T0);
        Order otherAccount = newOrder(limitBuy("e-5", "1", "100"), T0);
        for (Order order : List.of(filledEarly, cancelledPartly, cancelledEmpty, working)) {
            journal().journal("paper", order);
            journal().update(moved(order, OrderStatus.SUBMITTED, "0", null, T0));
        }
        journal().journal("other", otherAccount);
        journal().update(moved(otherAccount, OrderStatus.SUBMITTED, "0", null, T0));
        journal().update(moved(otherAccount, OrderStatus.FILLED, "1", "100", T0.plusSeconds(30)));
        journal().update(moved(filledEarly, OrderStatus.FILLED, "1", "100", T0.plusSeconds(5)));
        journal().update(moved(cancelledPartly, OrderStatus.PARTIALLY_FILLED, "0.5", "100", T0.plusSeconds(10)));
        journal().update(moved(cancelledPartly, OrderStatus.CANCELLED, "0.5", "100", T0.plusSeconds(20)));
        journal().update(moved(cancelledEmpty, OrderStatus.CANCELLED, "0", null, T0.plusSeconds(20)));
        journal().update(moved(working, OrderStatus.PARTIALLY_FILLED, "0.5", "100", T0.plusSeconds(20)));

        assertEquals(List.of("e-1", "e-2"), journal().endedWithFillsSince("paper", T0).stream()
                .map(j -> j.order().clientOrderId()).toList());
        assertEquals(List.of("e-2"), journal().endedWithFillsSince("paper", T0.plusSeconds(20)).stream()
                .map(j -> j.order().clientOrderId()).toList());
        assertTrue(journal().endedWithFillsSince("paper", T0.plusSeconds(21)).isEmpty());
    }

    @Test
    void forbiddenOrStaleUpdatesAreRefusedAndChangeNothing() {
        Order placed = newOrder(limitBuy("b-1", "1", "100"), T0);
        journal().journal("paper", placed);
        journal().update(moved(placed, OrderStatus.SUBMITTED, "0", null, T0));
        Order partial = moved(placed, OrderStatus.PARTIALLY_FILLED, "0.6", "100", T0.plusSeconds(1));
        journal().update(partial);

        assertThrows(IllegalStateException.class,
                () -> journal().update(moved(placed, OrderStatus.SUBMITTED, "0", null, T0.plusSeconds(2))));
        assertThrows(IllegalStateException.class,
                () -> journal().update(moved(placed, OrderStatus.PARTIALLY_FILLED, "0.5", "100", T0.plusSeconds(2))));
        assertThrows(IllegalArgumentException.class,
                () -> journal().update(moved(newOrder(limitBuy("never-journaled", "1", "1"), T0), OrderStatus.SUBMITTED, "0", null, T0)));

        assertSameOrder(partial, journal().find("b-1").orElseThrow().order());
    }

    @Test
    void openOrdersAreListedPerAccountOldestFirst() {
        journal().journal("binance-main", newOrder(limitBuy("c-2", "1", "100"), T0.plusSeconds(5)));
        journal().journal("paper", newOrder(limitBuy("c-3", "1", "100"), T0.plusSeconds(1)));
        journal().journal("binance-main", newOrder(limitBuy("c-1", "1", "100"), T0));
        Order rejected = newOrder(limitBuy("c-4", "1", "100"), T0.plusSeconds(6));
        journal().journal("binance-main", rejected);
        journal().update(moved(rejected, OrderStatus.REJECTED, "0", null, T0.plusSeconds(7)));

        assertEquals(List.of("c-1", "c-2"), journal().open("binance-main").stream().map(j -> j.order().clientOrderId()).toList());
        assertEquals(List.of("c-3"), journal().open("paper").stream().map(j -> j.order().clientOrderId()).toList());
        assertTrue(journal().open("nobody").isEmpty());
    }

    @Test
    void concurrentFillsAreAllAppliedAndTheFilledQuantityNeverShrinks() throws Exception {
        OrderJournal journal = journal();
        Order order = newOrder(limitBuy("s1-sig9-1", "1.0", "64000"), T0);
        journal.journal("paper", order);
        journal.update(moved(order, OrderStatus.SUBMITTED, "0", null, T0.plusMillis(1)));
        int threads = 4;
        int steps = 25;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            java.util.List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t;
                done.add(pool.submit(() -> {
                    for (int i = 1; i <= steps; i++) {
                        // Each thread reports ever larger partial fills; a stale one is refused, never applied.
                        String filled = "0." + String.format("%03d", i * threads - offset);
                        try {
                            journal.update(moved(order, OrderStatus.PARTIALLY_FILLED, filled, "64000", T0.plusMillis(2 + i)));
                        } catch (IllegalStateException stale) {
                            // a newer fill won the race
                        }
                    }
                    return null;
                }));
            }
            for (java.util.concurrent.Future<?> f : done) {
                f.get(30, java.util.concurrent.TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        Order last = journal.find("s1-sig9-1").orElseThrow().order();
        assertEquals(OrderStatus.PARTIALLY_FILLED, last.status());
        assertEquals(0, last.filledQuantity().compareTo(new java.math.BigDecimal("0." + String.format("%03d", steps * threads))),
                "the largest fill reported wins: " + last.filledQuantity());
    }
}
