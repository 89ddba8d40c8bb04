package io.wavegrid.risk.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import io.wavegrid.infra.api.AuditEntry;
import io.wavegrid.infra.memory.internal.MemoryAuditLog;
import io.wavegrid.market.api.Side;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.trading.api.InstrumentRules;
import io.wavegrid.trading.api.OrderRequest;
import io.wavegrid.trading.api.OrderType;
import io.wavegrid.trading.api.Position;
import io.wavegrid.trading.api.RiskContext;
import io.wavegrid.trading.api.TradeIntent;

/**
 * A risk manager on the real in-memory audit log and a Config Admin whose configurations outlive it, and the
 * accounts, rules and orders the tests judge.
 */
final class Fixtures {

    static final Symbol BTC = new Symbol("BTC", "USDT");
    static final Instant NOON = Instant.parse("2026-03-02T12:00:00Z");
    /** Years after every context time: proves that state changes follow the context's clock, not the wall clock. */
    static final Clock WALL = Clock.fixed(Instant.parse("2031-01-01T00:00:00Z"), ZoneOffset.UTC);

    final MemoryAuditLog audit = new MemoryAuditLog();
    final TestConfigAdmin configs;
    final RiskManagerComponent risk;

    Fixtures() {
        this(Map.of());
    }

    Fixtures(Map<String, Object> config) {
        this(new TestConfigAdmin(), config);
    }

    /** A risk manager started on stored configurations: after a restart, they are the previous run's. */
    Fixtures(TestConfigAdmin configs) {
        this(configs, Map.of());
    }

    /** @param configs null for a risk manager without Config Admin */
    Fixtures(TestConfigAdmin configs, Map<String, Object> config) {
        this.configs = configs;
        risk = new RiskManagerComponent(audit, configs == null ? null : configs.admin(), config, WALL);
    }

    /** The same risk manager after a bundle or process restart: a new component on the same Config Admin store. */
    Fixtures restarted() {
        return new Fixtures(configs);
    }

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    /** BTC/USDT: tick 0.01, step 0.001, min quantity 0.001, min notional 10. */
    static InstrumentRules rules() {
        return new InstrumentRules(BTC, d("0.01"), d("0.001"), d("0.001"), d("10"), true);
    }

    static RiskContext account(String balance, String exposure) {
        return new RiskContext(d(balance), d(balance), d(balance), d(exposure), BigDecimal.ZERO, null, rules(), List.of(), NOON);
    }

    static RiskContext account(String balance, String exposure, InstrumentRules rules) {
        return new RiskContext(d(balance), d(balance), d(balance), d(exposure), BigDecimal.ZERO, null, rules, List.of(), NOON);
    }

    /** An account for the state machine: equity, its peak and the day's P&amp;L at a time, flat or with one position. */
    static RiskContext pnl(String balance, String equity, String peak, String dailyPnl, boolean open, Instant time) {
        List<Position> positions = open
                ? List.of(new Position("main", BTC, d("0.1"), d("50000"), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO))
                : List.of();
        return new RiskContext(d(balance), d(equity), d(peak), open ? d("5000") : BigDecimal.ZERO, d(dailyPnl), null,
                rules(), positions, time);
    }

    static TradeIntent intent(Side side, String entry, String stop) {
        return new TradeIntent("confluence", "sig-1", BTC, side, d(entry), d(stop), List.of(), 0.8, NOON);
    }

    static OrderRequest limit(Side side, String quantity, String price) {
        return new OrderRequest("cfl-sig-1-0", BTC, side, OrderType.LIMIT, d(quantity), d(price), null, null);
    }

    List<AuditEntry> entries(String action) {
        return audit.recent(10_000).stream().filter(e -> e.action().equals(action)).toList();
    }

    AuditEntry last(String action) {
        List<AuditEntry> found = entries(action);
        if (found.isEmpty()) {
            throw new AssertionError("no audit entry " + action + " in " + audit.recent(50));
        }
        return found.get(0);
    }
}
