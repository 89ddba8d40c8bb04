package io.wavegrid.infra.memory.internal;

import io.wavegrid.infra.api.AuditLog;
import io.wavegrid.infra.api.CommandQueue;
import io.wavegrid.infra.api.EventBus;
import io.wavegrid.infra.api.ExecutionRepository;
import io.wavegrid.infra.api.KeyValueCache;
import io.wavegrid.infra.api.LeaseManager;
import io.wavegrid.infra.api.OrderJournal;
import io.wavegrid.infra.api.PositionRepository;
import io.wavegrid.infra.api.RateLimitCounter;
import io.wavegrid.infra.api.SignalRepository;
import io.wavegrid.infra.api.StrategyConfigHistory;
import io.wavegrid.infra.api.TickerCache;
import io.wavegrid.infra.api.contract.AuditLogContract;
import io.wavegrid.infra.api.contract.EventBusContract;
import io.wavegrid.infra.api.contract.ExecutionRepositoryContract;
import io.wavegrid.infra.api.contract.KeyValueCacheContract;
import io.wavegrid.infra.api.contract.LeaseContract;
import io.wavegrid.infra.api.contract.OrderJournalContract;
import io.wavegrid.infra.api.contract.PositionRepositoryContract;
import io.wavegrid.infra.api.contract.SignalRepositoryContract;
import io.wavegrid.infra.api.contract.StrategyConfigHistoryContract;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;

/** The in-memory implementations against the contracts every implementation passes. */
class MemoryContractsTest {

    @Nested
    class Journal extends OrderJournalContract {
        private final OrderJournal journal = new MemoryOrderJournal();

        @Override
        protected OrderJournal journal() {
            return journal;
        }
    }

    @Nested
    class Signals extends SignalRepositoryContract {
        private final SignalRepository signals = new MemorySignalRepository();

        @Override
        protected SignalRepository signals() {
            return signals;
        }
    }

    @Nested
    class Executions extends ExecutionRepositoryContract {
        private final ExecutionRepository executions = new MemoryExecutionRepository();

        @Override
        protected ExecutionRepository executions() {
            return executions;
        }
    }

    @Nested
    class Positions extends PositionRepositoryContract {
        private final PositionRepository positions = new MemoryPositionRepository();

        @Override
        protected PositionRepository positions() {
            return positions;
        }
    }

    @Nested
    class ConfigHistory extends StrategyConfigHistoryContract {
        private final StrategyConfigHistory history = new MemoryStrategyConfigHistory();

        @Override
        protected StrategyConfigHistory history() {
            return history;
        }
    }

    @Nested
    class Audit extends AuditLogContract {
        private final AuditLog audit = new MemoryAuditLog();

        @Override
        protected AuditLog audit() {
            return audit;
        }
    }

    @Nested
    class Cache extends KeyValueCacheContract {
        private final KeyValueCache cache = new MemoryKeyValueCache();
        private final TickerCache tickers = new MemoryTickerCache();

        @Override
        protected KeyValueCache cache() {
            return cache;
        }

        @Override
        protected TickerCache tickers() {
            return tickers;
        }
    }

    @Nested
    class Leases extends LeaseContract {
        private final LeaseManager leases = new MemoryLeaseManager();
        private final RateLimitCounter counter = new MemoryRateLimitCounter();

        @Override
        protected LeaseManager leases() {
            return leases;
        }

        @Override
        protected RateLimitCounter counter() {
            return counter;
        }
    }

    @Nested
    class Bus extends EventBusContract {
        private final MemoryEventBus bus = new MemoryEventBus();
        private final CommandQueue commands = new MemoryCommandQueue();

        @Override
        protected EventBus bus() {
            return bus;
        }

        @Override
        protected CommandQueue commands() {
            return commands;
        }

        @AfterEach
        void stop() {
            bus.deactivate();
        }
    }
}
