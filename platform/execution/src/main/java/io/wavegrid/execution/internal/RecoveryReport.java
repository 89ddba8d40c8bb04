package io.wavegrid.execution.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.wavegrid.market.api.Symbol;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the start-up rebuild of trades did, told to operators: each trade rebuilt (log, audit {@code trade.restore})
 * and each one that could not be (log, audit {@code trade.unprotected}, and the health check, DEGRADED for as long as
 * its symbol still holds a position).
 */
final class RecoveryReport {

    private static final Logger LOG = LoggerFactory.getLogger(RecoveryReport.class);

    /**
     * A trade or position left without engine-side management.
     *
     * @param entryId empty for a position no trade accounts for
     * @param symbol  null when not known (the stores were unavailable)
     */
    record Unmanaged(String entryId, Symbol symbol, String reason) {
    }

    private final Parts parts;
    private final List<Unmanaged> unmanaged = new CopyOnWriteArrayList<>();

    RecoveryReport(Parts parts) {
        this.parts = parts;
    }

    void rebuilt(Trade trade, BigDecimal trailingPercent) {
        String detail = "holds " + trade.held().toPlainString() + " " + trade.intent.symbol().base() + ", stop "
                + trade.stop().toPlainString() + (trade.stopOrderId() == null ? " (no stop order rests)" : " (" + trade.stopOrderId() + ")")
                + ", take-profits taken " + trade.targetsHit() + ", left " + trade.targetsLeft()
                + ", trailing " + (trailingPercent.signum() == 0 ? "off" : trailingPercent.toPlainString() + "%")
                + ", signal " + trade.intent.signalId();
        LOG.info("Trade {} of {} rebuilt after the restart: {}", trade.entryId, trade.intent.symbol(), detail);
        parts.audit().record(Audit.SYSTEM, "trade.restore", trade.entryId, detail);
    }

    /** @param protection what still protects it, e.g. its resting stop, or that nothing does */
    void unmanaged(String entryId, Symbol symbol, String reason, String protection) {
        String what = entryId.isEmpty() ? "Position " + (symbol == null ? "" : symbol.code()) : "Trade " + entryId;
        String text = "take-profits and trailing stop are not managed after the restart: " + reason + "; " + protection;
        LOG.error("{}: {}", what, text);
        parts.audit().record(Audit.SYSTEM, "trade.unprotected", entryId.isEmpty() && symbol != null ? symbol.code() : entryId, text);
        unmanaged.add(new Unmanaged(entryId, symbol, what + ": " + text));
    }

    /**
     * No trade is rebuilt by this instance: its stores are still being switched (DS restarts the component with the
     * final ones, which rebuild). Logged, shown by the health check, not audited: it is not an outcome.
     */
    void deferred(String why) {
        LOG.warn("Trades are not rebuilt yet: {}; this order manager restarts once they agree", why);
        unmanaged.add(new Unmanaged("", null, "trades not rebuilt yet: " + why));
    }

    /** What the health check shows: the reports whose symbol still holds a position; null when there are none. */
    String open() {
        List<String> open = unmanaged.stream()
                .filter(u -> u.symbol() == null || parts.ledger().position(u.symbol()).map(p -> p.quantity().signum() != 0).orElse(false))
                .map(Unmanaged::reason).toList();
        return open.isEmpty() ? null : String.join(" | ", open);
    }
}
