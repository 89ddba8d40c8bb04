package io.wavegrid.execution.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

import io.wavegrid.infra.api.JournaledOrder;
import io.wavegrid.infra.api.StoreUnavailableException;
import io.wavegrid.trading.api.ExchangeAdapter;
import io.wavegrid.trading.api.ExchangeException;
import io.wavegrid.trading.api.Order;
import io.wavegrid.trading.api.OrderRequest;
import io.wavegrid.trading.api.OrderStatus;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The only way an order reaches the exchange: journaled first (no journal, no order), then placed; a timeout is
 * answered by a query before any resend, and a resend reuses the client order id. Holds no lock across an
 * exchange call, so an emergency shutdown on another thread is never blocked by a stuck send.
 */
final class OrderGateway {

    private static final Logger LOG = LoggerFactory.getLogger(OrderGateway.class);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(250);
    private static final Duration LONGEST_BACKOFF = Duration.ofSeconds(5);
    /** The longest wait for a rate limit the trading thread accepts; a longer one refuses the order instead. */
    private static final Duration LONGEST_INLINE_WAIT = Duration.ofSeconds(2);

    private final ExchangeAdapter exchange;
    private final AccountJournal journal;
    private final JournalUpdates updates;
    private final Audit audit;
    private final EngineClock clock;
    private final Clock wallClock;
    private final Pause pause;
    private final int retries;
    private final BooleanSupplier halted;
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private volatile Instant blockedUntil = Instant.MIN;

    OrderGateway(Settings settings, ExchangeAdapter exchange, AccountJournal journal, Audit audit, EngineClock clock,
                 Clock wallClock, Pause pause, BooleanSupplier halted) {
        this.exchange = exchange;
        this.journal = journal;
        this.updates = new JournalUpdates(journal);
        this.audit = audit;
        this.clock = clock;
        this.wallClock = wallClock;
        this.pause = pause;
        this.retries = settings.timeoutRetries();
        this.halted = halted;
    }

    JournalUpdates updates() {
        return updates;
    }

    /** Whether the order is being sent right now (reconciliation leaves it alone). */
    boolean inFlight(String clientOrderId) {
        return inFlight.contains(clientOrderId);
    }

    /**
     * Journals and sends an order.
     *
     * @param shutdownOrder true only for the emergency shutdown's own closing orders, which pass the halt
     */
    SendResult send(OrderRequest request, boolean shutdownOrder) {
        return send(request, shutdownOrder, false);
    }

    /**
     * Journals and sends an order only if its id is new to the journal; else answers {@link SendResult.Status#JOURNALED_BEFORE}
     * and does nothing, so the caller can answer from what the journal holds (a signal delivered again).
     */
    SendResult sendIfNew(OrderRequest request) {
        return send(request, false, true);
    }

    private SendResult send(OrderRequest request, boolean shutdownOrder, boolean onlyIfNew) {
        String id = request.clientOrderId();
        if (!shutdownOrder && halted.getAsBoolean()) {
            return SendResult.refused(null, "emergency shutdown in force: new orders are refused until re-armed");
        }
        Instant now = wallClock.instant();
        if (now.isBefore(blockedUntil)) {
            return SendResult.refused(null, "the exchange refuses calls until " + blockedUntil + " (rate limit or ban); order "
                    + id + " not sent");
        }
        Order fresh = new Order(request, null, OrderStatus.NEW, null, null, clock.now(), "");
        try {
            if (!journal.journal(fresh)) {
                if (onlyIfNew) {
                    return new SendResult(SendResult.Status.JOURNALED_BEFORE, null, "order " + id + " is journaled already");
                }
                // The same request again (a retry): what the journal knows decides whether it still has to go out.
                Order existing = journal.find(id).orElseThrow().order();
                if (existing.status() == OrderStatus.REJECTED) {
                    return SendResult.refused(existing, "order " + id + " was already refused: " + existing.rejectReason());
                }
                if (existing.status() != OrderStatus.NEW) {
                    return SendResult.placed(existing);
                }
                fresh = existing;
            }
        } catch (StoreUnavailableException e) {
            LOG.error("Order {} not sent: the order journal is unavailable ({})", id, e.getMessage());
            audit.record(Audit.SYSTEM, "order.refuse", id, "journal unavailable: " + e.getMessage());
            return SendResult.refused(null, "order journal unavailable, order not sent: " + e.getMessage());
        } catch (IllegalStateException e) {
            if (onlyIfNew) {
                return new SendResult(SendResult.Status.JOURNALED_BEFORE, null, "order " + id + " is journaled already: " + e.getMessage());
            }
            return SendResult.refused(null, "order " + id + " clashes with a journaled order: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            // The store could never hold it (a field wider than its column): nothing is journaled, nothing is sent.
            audit.record(Audit.SYSTEM, "order.refuse", id, e.getMessage());
            return SendResult.refused(null, e.getMessage());
        }
        return place(fresh, shutdownOrder);
    }

    /** Sends a journaled order that never reached the exchange (a crash between journal and send), with its id. */
    SendResult resend(Order journaled) {
        if (wallClock.instant().isBefore(blockedUntil)) {
            return new SendResult(SendResult.Status.UNCONFIRMED, journaled, "the exchange refuses calls until " + blockedUntil
                    + "; order " + journaled.clientOrderId() + " is resent at a later reconciliation");
        }
        audit.record(Audit.SYSTEM, "order.resend", journaled.clientOrderId(), describe(journaled.request()));
        return place(journaled, false);
    }

    private SendResult place(Order journaled, boolean shutdownOrder) {
        OrderRequest request = journaled.request();
        String id = request.clientOrderId();
        inFlight.add(id);
        try {
            boolean mayExist = false;
            for (int attempt = 0; attempt <= retries; attempt++) {
                if (!shutdownOrder && halted.getAsBoolean() && !mayExist) {
                    return refuse(journaled, "emergency shutdown in force: order not sent");
                }
                try {
                    Order placed = exchange.place(request);
                    updates.apply(placed);
                    audit.record(Audit.SYSTEM, "order.place", id, () -> describe(request) + " -> " + placed.status());
                    if (!shutdownOrder && halted.getAsBoolean()) {
                        return cancelAfterHalt(placed);
                    }
                    return SendResult.placed(placed);
                } catch (ExchangeException e) {
                    switch (e.reason()) {
                        case REJECTED, NOT_FOUND -> {
                            return refuse(journaled, "exchange rejected order " + id + ": " + e.getMessage());
                        }
                        case RATE_LIMITED, BANNED -> {
                            if (e.retryAfter().compareTo(LONGEST_INLINE_WAIT) > 0 || attempt == retries) {
                                blockedUntil = wallClock.instant().plus(e.retryAfter());
                                return mayExist ? unconfirmed(journaled, e) : refuse(journaled, "exchange " + e.reason()
                                        + " (retry after " + e.retryAfter() + "): order " + id + " not sent: " + e.getMessage());
                            }
                            waitFor(e.retryAfter());
                        }
                        default -> {
                            // TIMEOUT or UNAVAILABLE: the order may exist; ask before sending it again.
                            mayExist = true;
                            LOG.warn("Order {}: {} ({}); querying before any resend", id, e.reason(), e.getMessage());
                            waitFor(backoff(attempt, e.retryAfter()));
                            Optional<SendResult> known = queryAfterTimeout(request);
                            if (known.isPresent()) {
                                return known.get();
                            }
                        }
                    }
                }
            }
            return mayExist ? unconfirmed(journaled, null) : refuse(journaled, "order " + id + " not sent after " + (retries + 1) + " attempts");
        } finally {
            inFlight.remove(id);
        }
    }

    private Optional<SendResult> queryAfterTimeout(OrderRequest request) {
        try {
            Optional<Order> found = exchange.query(request.symbol(), request.clientOrderId());
            if (found.isPresent()) {
                updates.apply(found.get());
                audit.record(Audit.SYSTEM, "order.place", request.clientOrderId(), describe(request)
                        + " -> " + found.get().status() + " (found by query after a timeout)");
                return Optional.of(SendResult.placed(found.get()));
            }
            LOG.info("Order {} is not on the exchange after the timeout; resending it with the same id", request.clientOrderId());
        } catch (ExchangeException e) {
            LOG.warn("Query of {} after a timeout failed: {} {}", request.clientOrderId(), e.reason(), e.getMessage());
        }
        return Optional.empty();
    }

    private SendResult cancelAfterHalt(Order placed) {
        String id = placed.clientOrderId();
        try {
            Order cancelled = exchange.cancel(placed.request().symbol(), id);
            updates.apply(cancelled);
            audit.record(Audit.SYSTEM, "order.cancel", id, "placed while an emergency shutdown began");
            return SendResult.refused(cancelled, "emergency shutdown in force: order " + id + " cancelled right after it was placed");
        } catch (ExchangeException e) {
            LOG.error("Order {} placed during an emergency shutdown could not be cancelled: {}", id, e.getMessage());
            return SendResult.refused(placed, "emergency shutdown in force: order " + id + " was placed and its cancel failed: "
                    + e.getMessage());
        }
    }

    private SendResult refuse(Order journaled, String reason) {
        Order rejected = new Order(journaled.request(), null, OrderStatus.REJECTED, null, null, clock.now(), reason);
        Order recorded = updates.apply(rejected).map(JournaledOrder::order).orElse(rejected);
        audit.record(Audit.SYSTEM, "order.refuse", journaled.clientOrderId(), reason);
        LOG.info("Order {} refused: {}", journaled.clientOrderId(), reason);
        return SendResult.refused(recorded, reason);
    }

    private SendResult unconfirmed(Order journaled, ExchangeException last) {
        String reason = "exchange did not confirm order " + journaled.clientOrderId() + " after " + (retries + 1)
                + " attempts" + (last == null ? "" : " (" + last.reason() + ": " + last.getMessage() + ")")
                + "; it stays journaled and reconciliation settles it";
        LOG.warn(reason);
        audit.record(Audit.SYSTEM, "order.unconfirmed", journaled.clientOrderId(), reason);
        return new SendResult(SendResult.Status.UNCONFIRMED, journaled, reason);
    }

    private static Duration backoff(int attempt, Duration retryAfter) {
        Duration exponential = FIRST_BACKOFF.multipliedBy(1L << Math.min(attempt, 5));
        Duration wait = exponential.compareTo(LONGEST_BACKOFF) > 0 ? LONGEST_BACKOFF : exponential;
        return retryAfter.compareTo(wait) > 0 ? retryAfter : wait;
    }

    private void waitFor(Duration duration) {
        try {
            pause.pause(duration.isZero() ? FIRST_BACKOFF : duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String describe(OrderRequest r) {
        return r.side() + " " + r.quantity().toPlainString() + " " + r.symbol() + " " + r.type()
                + (r.price() == null ? "" : " @" + r.price().toPlainString())
                + (r.stopPrice() == null ? "" : " stop " + r.stopPrice().toPlainString());
    }
}
