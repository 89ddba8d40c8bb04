package io.wavegrid.execution.internal;

import java.util.concurrent.atomic.AtomicBoolean;

import io.wavegrid.infra.api.ExecutionRepository;
import io.wavegrid.infra.api.PositionRepository;
import io.wavegrid.trading.api.ExchangeAdapter;
import io.wavegrid.trading.api.RiskManager;

/** The pieces of one account's order manager, shared by the classes that each do one part of its work. */
record Parts(Settings settings, ExchangeAdapter exchange, ExchangeTraits traits, Instruments instruments,
             OrderGateway gateway, AccountJournal journal, ExecutionRepository executions, PositionRepository positions,
             Ledger ledger, TradeRegistry trades, AccountView view, RiskManager risk, Signals signals, Audit audit,
             EngineClock clock, AtomicBoolean halted, BarWrites writes) {

    /** Why no new entry may be sent now, or null when entries are allowed. */
    String entryRefusal() {
        if (!traits.simulated() && !settings.liveEnabled()) {
            return liveRefusal();
        }
        if (halted.get()) {
            return "emergency shutdown in force: new orders are refused until re-armed";
        }
        return null;
    }

    String liveRefusal() {
        return "live trading is not enabled: exchange '" + traits.exchange() + "' is not simulated; set live.enabled=true in "
                + "io.wavegrid.execution to trade it";
    }
}
