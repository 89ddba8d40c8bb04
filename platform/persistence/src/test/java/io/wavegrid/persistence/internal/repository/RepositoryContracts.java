package io.wavegrid.persistence.internal.repository;

import io.wavegrid.infra.api.AuditLog;
import io.wavegrid.infra.api.ExecutionRepository;
import io.wavegrid.infra.api.OrderJournal;
import io.wavegrid.infra.api.PositionRepository;
import io.wavegrid.infra.api.SignalRepository;
import io.wavegrid.infra.api.StrategyConfigHistory;
import io.wavegrid.infra.api.contract.AuditLogContract;
import io.wavegrid.infra.api.contract.ExecutionRepositoryContract;
import io.wavegrid.infra.api.contract.OrderJournalContract;
import io.wavegrid.infra.api.contract.PositionRepositoryContract;
import io.wavegrid.infra.api.contract.SignalRepositoryContract;
import io.wavegrid.infra.api.contract.StrategyConfigHistoryContract;
import io.wavegrid.persistence.internal.Backends.Backend;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;

/** The JPA repositories against the shared contracts; subclasses choose the database. */
abstract class RepositoryContracts {

    abstract Backend backend();

    @BeforeEach
    void emptyDatabase() {
        backend().db().clear();
    }

    @Nested
    class Journal extends OrderJournalContract {
        @Override
        protected OrderJournal journal() {
            return new JdbcOrderJournal(backend().database());
        }
    }

    @Nested
    class Signals extends SignalRepositoryContract {
        @Override
        protected SignalRepository signals() {
            return new JdbcSignalRepository(backend().database());
        }
    }

    @Nested
    class Executions extends ExecutionRepositoryContract {
        @Override
        protected ExecutionRepository executions() {
            return new JdbcExecutionRepository(backend().database());
        }
    }

    @Nested
    class Positions extends PositionRepositoryContract {
        @Override
        protected PositionRepository positions() {
            return new JdbcPositionRepository(backend().database());
        }
    }

    @Nested
    class ConfigHistory extends StrategyConfigHistoryContract {
        @Override
        protected StrategyConfigHistory history() {
            return new JpaStrategyConfigHistory(backend().emf(), backend().database());
        }
    }

    @Nested
    class Audit extends AuditLogContract {

        private JdbcAuditLog log;

        @Override
        protected AuditLog audit() {
            // One log per test, as in the framework: entries queued in one writer are not awaited by another's reader.
            if (log == null) {
                log = new JdbcAuditLog(backend().database());
            }
            return log;
        }

        @AfterEach
        void closeLog() {
            if (log != null) {
                log.close();
            }
        }
    }
}
