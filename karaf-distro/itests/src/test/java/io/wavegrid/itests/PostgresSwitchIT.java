package io.wavegrid.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import javax.inject.Inject;
import javax.sql.DataSource;

import io.wavegrid.infra.api.OrderJournal;
import io.wavegrid.market.api.Side;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.trading.api.Order;
import io.wavegrid.trading.api.OrderRequest;
import io.wavegrid.trading.api.OrderStatus;
import io.wavegrid.trading.api.OrderType;
import io.wavegrid.trading.api.TimeInForce;

import org.apache.karaf.features.BootFinished;
import org.apache.karaf.features.FeaturesService;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * The operator's switch from the embedded H2 database to PostgreSQL, live: rewriting
 * {@code etc/org.ops4j.datasource-wavegrid.cfg} while the container runs moves the persistence unit to the
 * new database, Flyway migrates it, and the order journal writes there, with no rebuild and no restart.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PostgresSwitchIT {

    private static final String BUNDLE = "io.wavegrid.persistence";
    private static final String DATASOURCE = "(osgi.jndi.service.name=wavegrid)";
    private static final long WAIT_MS = 90_000;
    private static final String ACCOUNT = "it-switch";

    @Inject
    private BootFinished bootFinished;
    @Inject
    private BundleContext context;
    @Inject
    private FeaturesService features;

    @Configuration
    public Option[] config() {
        return WavegridDistribution.options();
    }

    @Test
    public void rewritingTheDatasourceConfigurationMovesThePersistenceUnitToPostgresqlWhileRunning() throws Exception {
        if (!features.isInstalled(features.getFeature("wavegrid-persistence"))) {
            features.installFeature("wavegrid-persistence", EnumSet.noneOf(FeaturesService.Option.class));
        }
        Await.until("the database journal on H2", WAIT_MS, () -> "H2".equals(databaseProduct()) && journalService() != null);
        Bundle persistence = bundle();
        long installedAt = persistence.getLastModified();

        Path cfg = Path.of(System.getProperty("karaf.etc"), "org.ops4j.datasource-wavegrid.cfg");
        String h2 = Files.readString(cfg);
        try (PostgresDatabase postgres = new PostgresDatabase()) {
            try {
                write(cfg, String.join("\n",
                        "osgi.jdbc.driver.name = PostgreSQL JDBC Driver",
                        "dataSourceName = wavegrid",
                        "url = " + postgres.jdbcUrl(),
                        "user = " + PostgresDatabase.USER,
                        "password = ",
                        "pool = dbcp2",
                        "xa = false",
                        "pool.maxTotal = 4",
                        "pool.testOnBorrow = true",
                        "factory.poolStatements = true",
                        "factory.maxOpenPreparedStatements = 64", ""));
                Await.until("the datasource on PostgreSQL and the journal back on it", WAIT_MS,
                        () -> "PostgreSQL".equals(databaseProduct()) && journalService() != null);
                assertEquals("Flyway migrated the new database: V1, V2, V3 succeeded", List.of("1|t", "2|t", "3|t"),
                        postgres.query("SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank"));

                String id = "it-pg-" + Long.toString(System.nanoTime(), 36);
                OrderRequest request = new OrderRequest(id, Symbol.parse("BTC/USDT"), Side.BUY, OrderType.LIMIT, new BigDecimal("0.25"),
                        new BigDecimal("64000.12"), null, TimeInForce.GTC);
                Order order = new Order(request, null, OrderStatus.NEW, BigDecimal.ZERO, null, Instant.parse("2026-02-03T04:05:06Z"), null);
                ServiceReference<OrderJournal> ref = journalService();
                OrderJournal journal = context.getService(ref);
                try {
                    // An account no order manager runs: the paper account's reconciliation, restarting with the new
                    // journal, would take this NEW order for one a crash kept from being sent and close it.
                    assertTrue(journal.journal(ACCOUNT, order));
                    assertEquals(id, journal.find(id).orElseThrow().order().clientOrderId());
                } finally {
                    context.ungetService(ref);
                }
                List<String> rows = postgres.query("SELECT account, status, quantity FROM orders WHERE client_order_id = '" + id + "'");
                assertEquals(1, rows.size());
                assertTrue("the journaled order is in the PostgreSQL table: " + rows, rows.get(0).startsWith(ACCOUNT + "|NEW|0.25"));

                assertEquals("the persistence bundle was neither reinstalled nor updated", installedAt, bundle().getLastModified());
                assertEquals(Bundle.ACTIVE, bundle().getState());
            } finally {
                write(cfg, h2);
                Await.until("the datasource back on H2", WAIT_MS, () -> "H2".equals(databaseProduct()));
            }
        }
    }

    /** Replaces the file in one step, so File Install never reads half of it. */
    private static void write(Path cfg, String content) throws Exception {
        Path tmp = cfg.resolveSibling(".wavegrid-it-" + System.nanoTime() + ".tmp");
        Files.writeString(tmp, content, StandardCharsets.UTF_8);
        Files.move(tmp, cfg, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private Bundle bundle() {
        for (Bundle b : context.getBundles()) {
            if (BUNDLE.equals(b.getSymbolicName())) {
                return b;
            }
        }
        throw new AssertionError(BUNDLE + " is not installed");
    }

    /** The journal of the persistence bundle, or null while it is not (re)registered. */
    private ServiceReference<OrderJournal> journalService() {
        try {
            return context.getServiceReferences(OrderJournal.class, "(infra.backend=database)").stream().findFirst().orElse(null);
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The product name of the registered wavegrid datasource, or null while there is none (or it cannot connect). */
    private String databaseProduct() {
        try {
            ServiceReference<DataSource> ref = context.getServiceReferences(DataSource.class, DATASOURCE).stream().findFirst().orElse(null);
            if (ref == null) {
                return null;
            }
            DataSource dataSource = context.getService(ref);
            try (Connection c = dataSource.getConnection()) {
                return c.getMetaData().getDatabaseProductName();
            } finally {
                context.ungetService(ref);
            }
        } catch (InvalidSyntaxException | SQLException | RuntimeException e) {
            return null;
        }
    }
}
