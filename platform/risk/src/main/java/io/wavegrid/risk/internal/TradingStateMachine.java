package io.wavegrid.risk.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import io.wavegrid.trading.api.Position;
import io.wavegrid.trading.api.RiskContext;
import io.wavegrid.trading.api.RiskLimits;
import io.wavegrid.trading.api.TradingState;

/**
 * ACTIVE → REDUCING (a limit breached while positions are open) → HALTED (breached and flat), back to ACTIVE by the
 * daily reset (a daily-loss breach, at the first assessment of a later UTC day by the context's time, so replays are
 * deterministic) or an operator's reset (any breach).
 * <p>
 * An operator's reset acknowledges the breaches of the last assessment, otherwise the next assessment would halt
 * again at once: a daily-loss breach is not judged again on that UTC day, and drawdown is measured from the equity
 * at the reset (rising with it) until the account's own peak is no higher.
 * <p>
 * Shard threads assess concurrently: every change happens under one small lock, never held while auditing or
 * calling anything outside this class. Readers see the last {@link View} without locking.
 */
final class TradingStateMachine {

    /** What readers on the hot path see: one volatile reference, always consistent. */
    record View(TradingState state, Breach cause, Instant since) {
    }

    private final Object lock = new Object();
    private volatile View view = new View(TradingState.ACTIVE, null, null);
    // Guarded by lock: the last assessment and the operator's acknowledgements.
    private Instant lastTime;
    private BigDecimal lastEquity;
    private boolean lastDailyBreached;
    private boolean lastDrawdownBreached;
    private LocalDate dailyAcknowledgedOn;
    private BigDecimal drawdownBase;

    View view() {
        return view;
    }

    /** Judges the context (already checked by {@link ContextCheck#forAssessment}); null when nothing changed. */
    Transition assess(RiskContext context, RiskLimits limits) {
        synchronized (lock) {
            View before = view;
            Instant time = context.time();
            LocalDate day = utcDay(time);
            remember(context, day);
            TradingState state = before.state();
            Breach cause = before.cause();
            String why = null;
            if (cause != null && cause.limit() == Breach.Limit.DAILY_LOSS && day.isAfter(cause.day())) {
                state = TradingState.ACTIVE;
                cause = null;
                why = "daily reset: " + day + " (UTC) is a new day";
            }
            Breach found = breach(context, limits, day);
            boolean open = hasOpenPositions(context);
            if (found != null && state == TradingState.ACTIVE) {
                state = open ? TradingState.REDUCING : TradingState.HALTED;
                cause = found;
                why = append(why, "limit breached");
            } else if (found != null && found.limit() == Breach.Limit.DRAWDOWN && cause.limit() == Breach.Limit.DAILY_LOSS) {
                // A drawdown breach must outlive the daily reset that would clear the daily-loss halt.
                cause = found;
                why = append(why, "drawdown limit breached too");
            }
            if (state == TradingState.REDUCING && !open) {
                state = TradingState.HALTED;
                why = append(why, "no position open");
            }
            if (state == before.state() && Objects.equals(cause, before.cause())) {
                return null;
            }
            view = new View(state, cause, time);
            return new Transition(before.state(), state, before.cause(), cause, why);
        }
    }

    /**
     * Takes a stored halt back after a restart, unless this machine already left ACTIVE on its own (then its newer
     * judgement stays). Null when nothing changed. The operator's acknowledgements are not restored: if the account
     * still breaches at the next assessment, it halts again, which is the safe side.
     */
    Transition restore(View stored) {
        synchronized (lock) {
            View before = view;
            if (stored.state() == TradingState.ACTIVE || before.state() != TradingState.ACTIVE) {
                return null;
            }
            view = stored;
            return new Transition(before.state(), stored.state(), before.cause(), stored.cause(),
                    "restored from the stored risk state");
        }
    }

    /** The operator's reset to ACTIVE; null when already ACTIVE. */
    Transition reset(Instant now, String reason) {
        synchronized (lock) {
            View before = view;
            if (before.state() == TradingState.ACTIVE) {
                return null;
            }
            if (lastDailyBreached && lastTime != null) {
                dailyAcknowledgedOn = utcDay(lastTime);
            }
            if (lastDrawdownBreached) {
                drawdownBase = lastEquity;
            }
            view = new View(TradingState.ACTIVE, null, now);
            return new Transition(before.state(), TradingState.ACTIVE, before.cause(), null, "operator reset: " + reason);
        }
    }

    private void remember(RiskContext context, LocalDate day) {
        lastTime = context.time();
        lastEquity = context.equity();
        if (dailyAcknowledgedOn != null && day.isAfter(dailyAcknowledgedOn)) {
            dailyAcknowledgedOn = null;
        }
        if (drawdownBase != null) {
            drawdownBase = drawdownBase.max(context.equity());
            if (context.peakEquity().compareTo(drawdownBase) <= 0) {
                drawdownBase = null;
            }
        }
    }

    /** The breach of this assessment, drawdown first (it is not cleared by the daily reset); null if none. */
    private Breach breach(RiskContext context, RiskLimits limits, LocalDate day) {
        BigDecimal peak = drawdownBase == null ? context.peakEquity() : context.peakEquity().min(drawdownBase);
        BigDecimal floor = peak.multiply(BigDecimal.ONE.subtract(limits.maxDrawdown()));
        // The account's value at 00:00 UTC, positions included: the cash beside the positions (the balance) would
        // make the limit shrink as capital is deployed, and could not even be judged after a profitable morning.
        BigDecimal dayStart = context.equity().subtract(context.dailyPnl());
        BigDecimal lossLimit = limits.maxDailyLoss().multiply(dayStart).negate();
        lastDrawdownBreached = context.equity().compareTo(floor) <= 0;
        lastDailyBreached = context.dailyPnl().compareTo(lossLimit) <= 0;
        if (lastDrawdownBreached) {
            return new Breach(Breach.Limit.DRAWDOWN, "equity " + context.equity().toPlainString() + " is at or below "
                    + floor.toPlainString() + ", a drawdown of " + limits.maxDrawdown().toPlainString() + " from the peak "
                    + peak.toPlainString(), context.time(), day);
        }
        if (lastDailyBreached && !day.equals(dailyAcknowledgedOn)) {
            return new Breach(Breach.Limit.DAILY_LOSS, "daily P&L " + context.dailyPnl().toPlainString()
                    + " is at or below " + lossLimit.toPlainString() + ", a loss of " + limits.maxDailyLoss().toPlainString()
                    + " of the day-start equity " + dayStart.toPlainString(), context.time(), day);
        }
        return null;
    }

    private static boolean hasOpenPositions(RiskContext context) {
        if (context.exposure().signum() > 0) {
            return true;
        }
        for (Position position : context.positions()) {
            if (position.quantity() != null && position.quantity().signum() != 0) {
                return true;
            }
        }
        return false;
    }

    /** The UTC date of {@code time}, without the zone rules atOffset(UTC) builds on every call (once per candle here). */
    private static LocalDate utcDay(Instant time) {
        return LocalDate.ofEpochDay(Math.floorDiv(time.getEpochSecond(), 86_400));
    }

    private static String append(String why, String more) {
        return why == null ? more : why + "; " + more;
    }
}
