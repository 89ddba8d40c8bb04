package io.wavegrid.execution.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.wavegrid.market.api.Side;
import io.wavegrid.trading.api.Fill;
import io.wavegrid.trading.api.InstrumentRules;
import io.wavegrid.trading.api.Order;
import io.wavegrid.trading.api.OrderStatus;
import io.wavegrid.trading.api.TradeIntent;

/**
 * One intent's orders and what they hold: the entry, the protective stop, the take-profit and exit orders. Its
 * methods change in-memory state only, under the trade's own lock; the exchange calls they lead to are made by the
 * caller afterwards, so a fill on the exchange's thread never waits for an order being sent on the kernel thread.
 */
final class Trade {

    final TradeIntent intent;
    final String key;
    final String entryId;
    final InstrumentRules rules;
    final boolean fromSignal;
    /** A spot SELL intent that closes a long: its entry is itself the exit, nothing to protect. */
    final boolean closesPosition;

    private OrderStatus entryStatus = OrderStatus.NEW;
    private BigDecimal entryQuantity;
    private BigDecimal entryReportedFilled = BigDecimal.ZERO;
    private BigDecimal entryFillsSeen = BigDecimal.ZERO;
    private BigDecimal held = BigDecimal.ZERO;
    private BigDecimal stop;
    private BigDecimal extreme;
    private final List<BigDecimal> targets;
    private int targetsHit;
    private int stopAttempt;
    private String stopOrderId;
    private int exitAttempt;
    private final Map<String, BigDecimal> workingExits = new HashMap<>();
    private boolean protectionStarted;
    private boolean signalSettled;
    private boolean closed;
    private boolean rebuilt;
    /** When the signal behind the entry expires (epoch millis); the entry's unfilled rest must not outlive it. */
    private long entryDeadline = Long.MAX_VALUE;

    Trade(TradeIntent intent, String key, String entryId, BigDecimal entryQuantity, InstrumentRules rules,
          boolean fromSignal, boolean closesPosition) {
        this.intent = intent;
        this.key = key;
        this.entryId = entryId;
        this.entryQuantity = entryQuantity;
        this.rules = rules;
        this.fromSignal = fromSignal;
        this.closesPosition = closesPosition;
        this.stop = intent.stopLoss();
        this.extreme = intent.entry();
        this.targets = new ArrayList<>(intent.takeProfits());
    }

    Side exitSide() {
        return intent.side().opposite();
    }

    boolean isLong() {
        return intent.side() == Side.BUY;
    }

    /** Applies the entry's newer status; older or equal states are ignored. */
    synchronized void entryUpdate(Order order) {
        boolean later = order.status().ordinal() > entryStatus.ordinal();
        if (entryStatus.isTerminal() || !later && order.filledQuantity().compareTo(entryReportedFilled) <= 0) {
            return;
        }
        if (later) {
            entryStatus = order.status();
        }
        entryReportedFilled = entryReportedFilled.max(order.filledQuantity());
        entryQuantity = order.request().quantity();
    }

    /** Books a fill of one of this trade's orders. */
    synchronized void fill(String clientOrderId, Fill fill) {
        if (clientOrderId.equals(entryId)) {
            entryFillsSeen = entryFillsSeen.add(fill.quantity());
            if (!closesPosition) {
                BigDecimal fee = intent.symbol().base().equals(fill.feeAsset()) ? fill.fee() : BigDecimal.ZERO;
                held = held.add(fill.quantity().subtract(fee));
            }
            return;
        }
        held = held.subtract(fill.quantity()).max(BigDecimal.ZERO);
        workingExits.computeIfPresent(clientOrderId, (id, left) -> left.subtract(fill.quantity()).max(BigDecimal.ZERO));
        if (rules.roundQuantity(held).signum() == 0 && entryStatus.isTerminal()) {
            closed = true;
        }
    }

    /** A protective or exit order ended. */
    synchronized void exitEnded(String clientOrderId) {
        workingExits.remove(clientOrderId);
        if (clientOrderId.equals(stopOrderId)) {
            stopOrderId = null;
        }
    }

    /** Whether the entry ended and every fill it reported has arrived. */
    synchronized boolean entryComplete() {
        return entryStatus.isTerminal() && entryFillsSeen.compareTo(entryReportedFilled) >= 0;
    }

    synchronized boolean entryWorking() {
        return !entryStatus.isTerminal();
    }

    /** Whether a fill of the entry has arrived: from then on its signal is executed. */
    synchronized boolean entryStarted() {
        return entryFillsSeen.signum() > 0;
    }

    /** The entry's signal expires at {@code expiry}; null when it never does. */
    synchronized void entryDeadline(Instant expiry) {
        entryDeadline = expiry == null ? Long.MAX_VALUE : expiry.toEpochMilli();
    }

    /** Whether the entry still works at {@code nowMillis} although its signal's expiry has come. */
    synchronized boolean entryOverdue(long nowMillis) {
        return !entryStatus.isTerminal() && nowMillis >= entryDeadline;
    }

    synchronized OrderStatus entryStatus() {
        return entryStatus;
    }

    synchronized BigDecimal entryQuantity() {
        return entryQuantity;
    }

    /** What the exchange reports filled of the entry. */
    synchronized BigDecimal entryFilled() {
        return entryReportedFilled;
    }

    synchronized BigDecimal entryRemaining() {
        return entryStatus.isTerminal() ? BigDecimal.ZERO : entryQuantity.subtract(entryReportedFilled).max(BigDecimal.ZERO);
    }

    /** Claims the one-time protection step once the entry is complete; false when not due or already claimed. */
    synchronized boolean claimProtection() {
        if (protectionStarted || closed || !entryComplete()) {
            return false;
        }
        protectionStarted = true;
        if (rules.roundQuantity(held).signum() == 0) {
            closed = true;
        }
        return true;
    }

    synchronized boolean protectionStarted() {
        return protectionStarted;
    }

    /** Claims the one-time signal settlement (EXECUTED or REJECTED). */
    synchronized boolean claimSignalSettlement() {
        if (signalSettled) {
            return false;
        }
        signalSettled = true;
        return true;
    }

    /** What the trade holds and no exit order is already selling, rounded to the step size. */
    synchronized BigDecimal unprotectedQuantity() {
        BigDecimal pending = workingExits.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return rules.roundQuantity(held.subtract(pending).max(BigDecimal.ZERO));
    }

    synchronized BigDecimal held() {
        return held;
    }

    synchronized BigDecimal stop() {
        return stop;
    }

    synchronized void moveStop(BigDecimal next) {
        stop = next;
    }

    synchronized String stopOrderId() {
        return stopOrderId;
    }

    /** The id of the next stop order; the previous one must have been cancelled. */
    synchronized String nextStopId() {
        return ClientOrderIds.of(key, ClientOrderIds.Role.STOP, 0, ++stopAttempt);
    }

    synchronized void stopPlaced(String id, BigDecimal quantity) {
        stopOrderId = id;
        workingExits.put(id, quantity);
    }

    synchronized String nextExitId() {
        return ClientOrderIds.of(key, ClientOrderIds.Role.EXIT, 0, ++exitAttempt);
    }

    /** The id of the exit at take-profit {@code number} (1 for the nearest). */
    String targetId(int number) {
        return ClientOrderIds.of(key, ClientOrderIds.Role.TARGET, number, 1);
    }

    synchronized void exitPlaced(String id, BigDecimal quantity) {
        workingExits.put(id, quantity);
    }

    /** Updates the best price since entry and returns it. */
    synchronized BigDecimal extend(double high, double low) {
        BigDecimal best = BigDecimal.valueOf(isLong() ? high : low);
        extreme = isLong() ? extreme.max(best) : extreme.min(best);
        return extreme;
    }

    /** The take-profits the candle reached, removed from the list; their numbers start at {@link #targetsHit()}+1. */
    synchronized int takeReachedTargets(double high, double low) {
        int reached = 0;
        while (!targets.isEmpty()) {
            double target = targets.get(0).doubleValue();
            if (isLong() ? high >= target : low <= target) {
                targets.remove(0);
                reached++;
            } else {
                break;
            }
        }
        targetsHit += reached;
        return reached;
    }

    synchronized int targetsLeft() {
        return targets.size();
    }

    synchronized int targetsHit() {
        return targetsHit;
    }

    /**
     * Completes a trade rebuilt after a restart, once its journaled orders and recorded fills have been applied:
     * the nearest {@code targetsTaken} take-profits are gone, the attempt counters continue after the ids already
     * used, and what it holds is at most {@code atMost} (what the account's position leaves for it).
     */
    synchronized void rebuilt(int targetsTaken, int stopAttempts, int exitAttempts, BigDecimal atMost) {
        for (int i = 0; i < targetsTaken && !targets.isEmpty(); i++) {
            targets.remove(0);
        }
        targetsHit = targetsTaken;
        stopAttempt = Math.max(stopAttempt, stopAttempts);
        exitAttempt = Math.max(exitAttempt, exitAttempts);
        held = held.min(atMost.max(BigDecimal.ZERO));
        rebuilt = true;
    }

    /** Whether this trade was rebuilt after a restart: ids of attempts it lost count of may already be journaled. */
    synchronized boolean wasRebuilt() {
        return rebuilt;
    }

    synchronized boolean closed() {
        return closed;
    }

    synchronized void close() {
        closed = true;
    }
}
