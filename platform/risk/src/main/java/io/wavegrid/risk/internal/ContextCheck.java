package io.wavegrid.risk.internal;

import java.math.BigDecimal;

import io.wavegrid.market.api.Symbol;
import io.wavegrid.trading.api.InstrumentRules;
import io.wavegrid.trading.api.RiskContext;

/**
 * Whether a risk context can be judged at all. Returns the first problem as a sentence, or null when usable, so
 * that bad input becomes a clear rejection instead of an exception from deep inside BigDecimal arithmetic.
 */
final class ContextCheck {

    private ContextCheck() {
    }

    /** What sizing and entry validation need: a positive balance, a known exposure and tradable instrument rules. */
    static String forEntry(RiskContext context, Symbol symbol) {
        if (context == null) {
            return "no risk context given";
        }
        if (context.time() == null) {
            return "the risk context has no time";
        }
        if (context.balance() == null || context.balance().signum() <= 0) {
            return "balance must be positive, got " + plain(context.balance());
        }
        if (context.exposure() == null || context.exposure().signum() < 0) {
            return "exposure must not be negative, got " + plain(context.exposure());
        }
        InstrumentRules rules = context.rules();
        if (rules == null) {
            return "no instrument rules for " + symbol.code();
        }
        if (!symbol.equals(rules.symbol())) {
            return "the instrument rules are for " + (rules.symbol() == null ? "no symbol" : rules.symbol().code())
                    + ", not " + symbol.code();
        }
        if (!rules.trading()) {
            return symbol.code() + " is not trading on the exchange";
        }
        if (rules.stepSize() == null || rules.stepSize().signum() <= 0) {
            return "the instrument rules of " + symbol.code() + " have no positive step size";
        }
        if (rules.tickSize() == null || rules.tickSize().signum() <= 0) {
            return "the instrument rules of " + symbol.code() + " have no positive tick size";
        }
        if (negative(rules.minQuantity()) || negative(rules.minNotional())) {
            return "the instrument rules of " + symbol.code() + " have a negative minimum";
        }
        return null;
    }

    /** What the state machine needs: P&amp;L, equity and its peak, and the engine's time. */
    static String forAssessment(RiskContext context) {
        if (context == null) {
            return "no risk context given";
        }
        if (context.time() == null) {
            return "the risk context has no time";
        }
        if (context.balance() == null || context.equity() == null || context.dailyPnl() == null
                || context.exposure() == null) {
            return "balance, equity, exposure and daily P&L are required, got balance " + plain(context.balance())
                    + ", equity " + plain(context.equity()) + ", exposure " + plain(context.exposure())
                    + ", daily P&L " + plain(context.dailyPnl());
        }
        if (context.peakEquity() == null || context.peakEquity().signum() <= 0) {
            return "peak equity must be positive, got " + plain(context.peakEquity());
        }
        if (context.equity().subtract(context.dailyPnl()).signum() <= 0) {
            return "the day-start equity (equity " + plain(context.equity()) + " - daily P&L "
                    + plain(context.dailyPnl()) + ") must be positive";
        }
        return null;
    }

    private static boolean negative(BigDecimal value) {
        return value != null && value.signum() < 0;
    }

    static String plain(BigDecimal value) {
        return value == null ? "null" : value.toPlainString();
    }
}
