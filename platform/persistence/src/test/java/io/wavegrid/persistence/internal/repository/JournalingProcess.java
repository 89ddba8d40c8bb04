package io.wavegrid.persistence.internal.repository;

import static io.wavegrid.infra.api.contract.Fixtures.T0;
import static io.wavegrid.infra.api.contract.Fixtures.limitBuy;
import static io.wavegrid.infra.api.contract.Fixtures.newOrder;

import java.sql.Connection;

import io.wavegrid.persistence.internal.Database;

import org.h2.jdbcx.JdbcDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A process that journals one order on an H2 file database and dies at once, as {@code kill -9} would end it: no
 * shutdown hook, no close. Started by {@link JournalSurvivesProcessDeathTest}.
 */
public final class JournalingProcess {

    private static final Logger LOG = LoggerFactory.getLogger(JournalingProcess.class);

    private JournalingProcess() {
    }

    public static void main(String[] args) throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(args[0]);
        h2.setUser("sa");
        // Held open like a pool's connection: the last connection closing would store everything and hide the loss.
        Connection held = h2.getConnection();
        JdbcOrderJournal journal = new JdbcOrderJournal(new Database(h2));
        journal.journal("paper", newOrder(limitBuy(args[1], "0.5", "64000"), T0));
        LOG.info("journaled {} on {}", args[1], held.getMetaData().getURL());
        Runtime.getRuntime().halt(0);
    }
}
