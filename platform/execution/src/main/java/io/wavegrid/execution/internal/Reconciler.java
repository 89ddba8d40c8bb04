package io.wavegrid.execution.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

import io.wavegrid.infra.api.JournaledOrder;
import io.wavegrid.signal.api.SignalStatus;
import io.wavegrid.trading.api.Balance;
import io.wavegrid.trading.api.ExchangeException;
import io.wavegrid.trading.api.Fill;
import io.wavegrid.trading.api.Order;
import io.wavegrid.trading.api.OrderStatus;
import io.wavegrid.trading.api.ReconciliationReport;
import io.wavegrid.trading.api.ReconciliationReport.BalanceMismatch;
import io.wavegrid.trading.api.TradeOutcome;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the journal to the exchange's truth: every open journaled order is queried; one journaled but never sent (a
 * crash between journal and send) is sent once with its own id while it is young, else closed with the reason; an
 * order the exchange has and the journal does not is reported, never adopted or cancelled; tracked balances are
 * compared with the exchange's. Runs on its own thread or an operator's, never the kernel's.
 */
final class Reconciler {

    private static final Logger LOG = LoggerFactory.getLogger(Reconciler.class);

    private final Parts parts;
    private final Entries entries;
    private final Executions executions;
    private final SignalIntake intake;
    /** How far before the newest recorded fill ended orders are checked for fills never recorded. */
    static final Duration ENDED_LOOKBACK = Duration.ofDays(1);
    /** Fills read at once at start, per ended order and at most: a market order fills in a few parts. */
    private static final long FILLS_PER_ORDER = 4;
    private static final long MAX_FILLS_READ = 200_000;
    /** Until the first run is over: the balances the ledger started from hold every fill made before it. */
    private boolean firstRun = true;

    Reconciler(Parts parts, Entries entries, Executions executions, SignalIntake intake) {
        this.parts = parts;
        this.entries = entries;
        this.executions = executions;
        this.intake = intake;
    }

    synchronized ReconciliationReport run() {
        Instant now = parts.clock().now();
        List<String> corrected = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        List<Order> unknown = new ArrayList<>();
        List<BalanceMismatch> mismatches = new ArrayList<>();
        if (!parts.writes().retry()) {
            failures.add("stores: " + parts.writes().waiting());
        }
        journaledOrders(now, corrected, failures);
        exchangeOrders(unknown, failures);
        balances(mismatches, failures);
        parts.ledger().positions().forEach(executions::save);
        firstRun = false;
        ReconciliationReport report = new ReconciliationReport(now, corrected, unknown, mismatches, failures);
        if (!report.clean()) {
            LOG.warn("Reconciliation of {}: corrected {}, unknown on the exchange {}, balance mismatches {}, failures {}",
                    parts.settings().account(), corrected, unknown.stream().map(Order::clientOrderId).toList(), mismatches, failures);
            parts.audit().record(Audit.SYSTEM, "order.reconcile", parts.settings().account(), corrected.size() + " corrected, "
                    + unknown.size() + " unknown, " + mismatches.size() + " balance mismatches, " + failures.size() + " failures");
        }
        return report;
    }

    /**
     * At start, before trades are rebuilt: the fills of orders the journal holds as ended with fills that were never
     * recorded. An exchange may answer an order with its final state (a market order FILLED) before it streams the
     * fills; a crash in between leaves the order ended and its fills unknown here, which reconciliation of the open
     * orders never looks at. Orders ended up to {@link #ENDED_LOOKBACK} before the newest recorded fill are checked; the
     * balances just taken from the exchange hold these fills, so only positions move.
     *
     * @return what was booked and what could not be, one line each
     */
    List<String> missedFillsOfEndedOrders() {
        List<String> found = new ArrayList<>();
        List<JournaledOrder> ended;
        try {
            Instant since = parts.executions().recent(parts.settings().account(), 1).stream().findFirst()
                    .map(newest -> newest.time().minus(ENDED_LOOKBACK)).orElse(Instant.EPOCH);
            ended = parts.journal().endedWithFillsSince(since);
        } catch (RuntimeException e) {
            found.add("ended orders unavailable, their missed fills not looked for: " + e.getMessage());
            return found;
        }
        Map<String, BigDecimal> onRecord = ended.isEmpty() ? Map.of() : newestRecorded(ended.size());
        for (JournaledOrder journaled : ended) {
            Order order = journaled.order();
            BigDecimal recorded = onRecord.get(order.clientOrderId());
            if (recorded == null || recorded.compareTo(order.filledQuantity()) < 0) {
                missedFills(order, found, found);
            }
        }
        return found;
    }

    /**
     * The quantity on record per order among the account's newest fills, in one read: an order they show complete needs
     * no read of its own at start (an account with thousands of orders a day made as many reads); any other order, one
     * whose older fills fall outside them included, is read on its own.
     */
    private Map<String, BigDecimal> newestRecorded(int orders) {
        Map<String, BigDecimal> recorded = new HashMap<>();
        try {
            for (Fill fill : parts.executions().recent(parts.settings().account(), (int) Math.min(MAX_FILLS_READ, FILLS_PER_ORDER * orders))) {
                if (fill.clientOrderId() != null) {
                    recorded.merge(fill.clientOrderId(), fill.quantity(), BigDecimal::add);
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("Newest fills unavailable, the fills of each ended order are read on their own: {}", e.getMessage());
            return Map.of();
        }
        return recorded;
    }

    private void journaledOrders(Instant now, List<String> corrected, List<String> failures) {
        List<JournaledOrder> open;
        try {
            open = parts.journal().open();
        } catch (RuntimeException e) {
            failures.add("journal: " + e.getMessage());
            return;
        }
        for (JournaledOrder journaled : open) {
            Order order = journaled.order();
            String id = order.clientOrderId();
            if (parts.gateway().inFlight(id)) {
                continue;
            }
            Optional<Order> truth;
            try {
                truth = parts.exchange().query(order.request().symbol(), id);
            } catch (ExchangeException e) {
                failures.add(id + ": query failed: " + e.reason() + " " + e.getMessage());
                continue;
            }
            if (truth.isPresent()) {
                if (order.status() == OrderStatus.NEW) {
                    // Sent before the journal took the acknowledgement (a crash in between): after a restart its trade
                    // exists only in its signal, and the fills below must find it, or what they bought goes unprotected.
                    tradeOf(order);
                }
                missedFills(truth.get(), corrected, failures);
                adopt(order, truth.get(), corrected);
            } else if (order.status() == OrderStatus.NEW) {
                neverSent(journaled, now, corrected, failures);
            } else {
                Order gone = new Order(order.request(), order.exchangeOrderId(), OrderStatus.EXPIRED, order.filledQuantity(),
                        order.averagePrice(), now, "the exchange no longer knows this order");
                adopt(order, gone, corrected);
            }
        }
    }

    /**
     * Fills the exchange made while this engine was not listening (stopped, restarting, its stream down): the order
     * filled further than the fills on record, so its fills are read and the missing ones booked, before its new state
     * (a trade is complete only once the fills of all it bought are in). Fills booked before are recognised and skipped.
     * At the first run after a start, the balances just taken from the exchange hold these fills: only positions move.
     * Later, the fills missed while the stream was down move the balances too.
     */
    private void missedFills(Order truth, List<String> corrected, List<String> failures) {
        String id = truth.clientOrderId();
        BigDecimal onExchange = truth.filledQuantity() == null ? BigDecimal.ZERO : truth.filledQuantity();
        if (onExchange.signum() == 0) {
            return;
        }
        BigDecimal recorded = BigDecimal.ZERO;
        try {
            for (Fill fill : parts.executions().forOrder(id)) {
                recorded = recorded.add(fill.quantity());
            }
        } catch (RuntimeException e) {
            failures.add(id + ": recorded fills unavailable, missed fills not looked for: " + e.getMessage());
            return;
        }
        if (onExchange.compareTo(recorded) <= 0) {
            return;
        }
        Optional<List<Fill>> fills;
        try {
            fills = parts.exchange().fills(truth);
        } catch (ExchangeException e) {
            failures.add(id + ": filled " + onExchange.toPlainString() + " on the exchange, " + recorded.toPlainString()
                    + " on record; its fills could not be read: " + e.reason() + " " + e.getMessage());
            return;
        }
        if (fills.isEmpty()) {
            failures.add(id + ": filled " + onExchange.toPlainString() + " on the exchange, " + recorded.toPlainString()
                    + " on record; the exchange lists no fills of an order, so the rest is not booked");
            return;
        }
        int booked = 0;
        for (Fill fill : fills.get()) {
            if (id.equals(fill.clientOrderId()) && executions.book(fill, !firstRun)) {
                booked++;
            }
        }
        if (booked > 0) {
            corrected.add(id + ": " + booked + " missed fill" + (booked == 1 ? "" : "s") + " booked (filled "
                    + recorded.toPlainString() + " -> " + onExchange.toPlainString() + ")");
        }
    }

    private void adopt(Order journaled, Order truth, List<String> corrected) {
        Optional<Order> applied = parts.gateway().updates().apply(truth).map(JournaledOrder::order);
        if (applied.isEmpty()) {
            return;
        }
        corrected.add(journaled.clientOrderId() + ": " + journaled.status() + " -> " + applied.get().status()
                + (applied.get().rejectReason().isBlank() ? "" : " (" + applied.get().rejectReason() + ")"));
        if (journaled.status() == OrderStatus.NEW) {
            // An unconfirmed entry turned out to be on the exchange: its signal goes on.
            parts.trades().byOrder(journaled.clientOrderId())
                    .filter(t -> t.entryId.equals(journaled.clientOrderId()) && t.fromSignal && t.entryFilled().signum() == 0)
                    .ifPresent(t -> parts.signals().move(t.intent.signalId(), SignalStatus.ACTIVE, "entry confirmed by reconciliation"));
        }
        executions.route(applied.get());
    }

    private void neverSent(JournaledOrder journaled, Instant now, List<String> corrected, List<String> failures) {
        Order order = journaled.order();
        String id = order.clientOrderId();
        Duration age = Duration.between(journaled.created(), now);
        String refusal = parts.entryRefusal();
        if (refusal != null && !parts.halted().get()) {
            failures.add(id + ": journaled, never sent, not resent: " + refusal);
            return;
        }
        if (refusal != null || age.compareTo(parts.settings().resendMaxAge()) > 0) {
            String reason = refusal != null ? "never sent; not resent: " + refusal
                    : "never sent; journaled at " + journaled.created() + ", older than resend.max.age "
                    + parts.settings().resendMaxAge().toSeconds() + " s";
            Order closed = new Order(order.request(), null, OrderStatus.REJECTED, null, null, now, reason);
            parts.gateway().updates().apply(closed);
            parts.audit().record(Audit.SYSTEM, "order.expire", id, reason);
            corrected.add(id + ": NEW -> REJECTED (" + reason + ")");
            Optional<Trade> trade = parts.trades().byOrder(id).filter(t -> t.entryId.equals(id));
            trade.ifPresent(t -> settle(t, SendResult.refused(closed, reason)));
            if (trade.isEmpty()) {
                executions.route(closed); // a stop or exit of a trade: it must not count on an order that never went out
            }
            return;
        }
        Optional<Trade> trade = tradeOf(order);
        SendResult result = parts.gateway().resend(order);
        corrected.add(id + ": journaled, never sent -> resent: " + result.status()
                + (result.reason().isBlank() ? "" : " (" + result.reason() + ")"));
        trade.ifPresent(t -> settle(t, result));
        if (trade.isEmpty() && result.order() != null) {
            executions.route(result.order());
        }
    }

    private void settle(Trade trade, SendResult result) {
        TradeOutcome outcome = entries.settle(trade, result);
        if (!trade.fromSignal) {
            return;
        }
        switch (outcome.status()) {
            case PLACED -> parts.signals().move(trade.intent.signalId(), SignalStatus.ACTIVE, "entry placed by reconciliation");
            case REJECTED -> parts.signals().move(trade.intent.signalId(), SignalStatus.REJECTED, outcome.reason());
            default -> {
            }
        }
    }

    /** The live trade of an entry, rebuilt from its open signal after a restart when needed. */
    private Optional<Trade> tradeOf(Order order) {
        String id = order.clientOrderId();
        Optional<Trade> known = parts.trades().byOrder(id);
        if (known.isPresent() || !ClientOrderIds.looksOurs(id) || !id.contains("-E.")) {
            return known.filter(t -> t.entryId.equals(id));
        }
        String key = id.substring(0, id.indexOf('-'));
        Optional<Trade> trade;
        try {
            trade = intake.recover(key, id, order.request().quantity(), parts.instruments().get(order.request().symbol()));
        } catch (ExchangeException e) {
            LOG.warn("Entry {}: rules of {} unavailable, protection not managed: {}", id, order.request().symbol(), e.getMessage());
            return Optional.empty();
        }
        if (trade.isEmpty()) {
            LOG.info("Entry {} resent without its signal (not found any more): its protection is not managed", id);
            return Optional.empty();
        }
        return Optional.of(parts.trades().add(trade.get()));
    }

    private void exchangeOrders(List<Order> unknown, List<String> failures) {
        List<Order> open;
        try {
            open = parts.exchange().openOrders();
        } catch (ExchangeException e) {
            failures.add("open orders: " + e.reason() + " " + e.getMessage());
            return;
        }
        for (Order order : open) {
            String id = order.clientOrderId();
            try {
                Optional<JournaledOrder> journaled = parts.journal().find(id);
                if (journaled.isEmpty() || !journaled.get().account().equals(parts.settings().account())) {
                    unknown.add(order);
                    LOG.warn("Order {} ({}) is open on {} but not in the journal of {}: reported, left untouched", id,
                            OrderGateway.describe(order.request()), parts.traits().exchange(), parts.settings().account());
                    parts.audit().record(Audit.SYSTEM, "order.unknown", id, OrderGateway.describe(order.request()));
                } else if (journaled.get().order().status().isTerminal() && !parts.gateway().inFlight(id)) {
                    failures.add(id + ": journal says " + journaled.get().order().status() + ", the exchange has it " + order.status());
                }
            } catch (RuntimeException e) {
                failures.add(id + ": journal lookup failed: " + e.getMessage());
            }
        }
    }

    private void balances(List<BalanceMismatch> mismatches, List<String> failures) {
        List<Balance> reported;
        try {
            reported = parts.exchange().balances();
        } catch (ExchangeException e) {
            failures.add("balances: " + e.reason() + " " + e.getMessage());
            return;
        }
        if (parts.ledger().baseline(reported)) {
            return;
        }
        Map<String, BigDecimal> tracked = parts.ledger().balances();
        Map<String, BigDecimal> exchange = new TreeMap<>();
        reported.forEach(b -> exchange.merge(b.asset(), b.total(), BigDecimal::add));
        TreeSet<String> assets = new TreeSet<>(tracked.keySet());
        assets.addAll(exchange.keySet());
        for (String asset : assets) {
            BigDecimal mine = tracked.getOrDefault(asset, BigDecimal.ZERO);
            BigDecimal theirs = exchange.getOrDefault(asset, BigDecimal.ZERO);
            if (mine.compareTo(theirs) != 0) {
                mismatches.add(new BalanceMismatch(asset, mine, theirs));
            }
        }
    }
}
