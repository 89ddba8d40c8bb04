package io.wavegrid.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Properties;
import java.util.UUID;

import javax.inject.Inject;
import javax.sql.DataSource;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.jdbc.DataSourceFactory;

/**
 * The import round trip against the loopback PostgreSQL, configured the way the persistence README says: the
 * {@code wavegrid} datasource configuration is switched from the embedded H2 to PostgreSQL (a schema of this
 * run's own, {@code wg_test_<time>_<id>}, dropped at the end) while the container runs; the migrations run on
 * the new database, and the three formats and the broken file behave as on H2, with the rows in PostgreSQL.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CandleImportPostgresIT extends CandleImportRoundTrip {

    private static final String PG_DRIVER = "(osgi.jdbc.driver.name=PostgreSQL JDBC Driver)";
    private static final String PG_URL = "jdbc:postgresql://127.0.0.1:5432/test";

    @Inject
    private ConfigurationAdmin configurations;

    @Configuration
    public Option[] config() {
        return WavegridDistribution.options();
    }

    @Test
    public void everyFormatRoundTripsThroughPostgreSQLAndABrokenFileStoresNothing() throws Exception {
        installPersistence();
        String schema = "wg_test_" + System.currentTimeMillis() / 1000 + "_" + UUID.randomUUID().toString().substring(0, 8);
        DataSource admin = postgres(null);
        execute(admin, "CREATE SCHEMA " + schema);
        try {
            switchToPostgres(schema);
            importsEveryFormatAndReadsItBack("pg");
            brokenFileNamesItsLineAndStoresNothing("pg");
            try (Connection c = postgres(schema).getConnection(); Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT symbol, COUNT(*) FROM market_data GROUP BY symbol ORDER BY symbol")) {
                for (String symbol : new String[] {"BNB/USDT", "SOL/USDT", "XRP/USDT"}) {
                    assertTrue(r.next());
                    assertEquals(symbol, r.getString(1));
                    assertEquals("the rows are in this run's PostgreSQL schema", ImportFiles.BARS, r.getInt(2));
                }
                assertTrue("no ADA/USDT row from the broken file", !r.next());
            }
        } finally {
            execute(admin, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    /** Rewrites {@code etc/org.ops4j.datasource-wavegrid.cfg}'s configuration as the README's PostgreSQL variant. */
    private void switchToPostgres(String schema) throws Exception {
        long oldStore = serviceId("io.wavegrid.market.api.CandleStore");
        long oldImport = serviceId("io.wavegrid.marketdata.CandleImport");
        org.osgi.service.cm.Configuration[] found = configurations.listConfigurations(
                "(&(service.factoryPid=org.ops4j.datasource)(dataSourceName=wavegrid))");
        assertTrue("the feature wrote the wavegrid datasource configuration", found != null && found.length == 1);
        Dictionary<String, Object> properties = new Hashtable<>();
        Dictionary<String, Object> current = found[0].getProperties();
        Object fileName = current.get("felix.fileinstall.filename");
        if (fileName != null) {
            properties.put("felix.fileinstall.filename", fileName);
        }
        properties.put("osgi.jdbc.driver.name", "PostgreSQL JDBC Driver");
        properties.put("dataSourceName", "wavegrid");
        properties.put("url", PG_URL + "?currentSchema=" + schema + "&connectTimeout=5&socketTimeout=30&tcpKeepAlive=true");
        properties.put("user", "postgres");
        properties.put("password", "");
        properties.put("pool", "dbcp2");
        properties.put("xa", "false");
        properties.put("pool.maxTotal", "16");
        properties.put("factory.poolStatements", "true");
        properties.put("factory.maxOpenPreparedStatements", "64");
        properties.put("pool.minIdle", "2");
        properties.put("pool.testOnBorrow", "true");
        found[0].update(properties);
        Await.until("the candle store and the importer on PostgreSQL", WAIT_MS,
                () -> serviceId("io.wavegrid.market.api.CandleStore") > oldStore
                        && serviceId("io.wavegrid.marketdata.CandleImport") > oldImport && databaseIsPostgres());
    }

    private boolean databaseIsPostgres() {
        try {
            ServiceReference<?>[] refs = context.getServiceReferences(DataSource.class.getName(), "(osgi.jndi.service.name=wavegrid)");
            if (refs == null) {
                return false;
            }
            DataSource ds = (DataSource) context.getService(refs[0]);
            try (Connection c = ds.getConnection()) {
                return "PostgreSQL".equals(c.getMetaData().getDatabaseProductName());
            } finally {
                context.ungetService(refs[0]);
            }
        } catch (InvalidSyntaxException | SQLException | RuntimeException e) {
            return false; // the datasource is being replaced
        }
    }

    /** The newest registration of a service, -1 when there is none. */
    private long serviceId(String type) {
        try {
            ServiceReference<?>[] refs = context.getServiceReferences(type, null);
            long newest = -1;
            for (ServiceReference<?> ref : refs == null ? new ServiceReference<?>[0] : refs) {
                newest = Math.max(newest, (Long) ref.getProperty("service.id"));
            }
            return newest;
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A plain (unpooled) PostgreSQL datasource from the driver pax-jdbc registered, in {@code schema} when not null. */
    private DataSource postgres(String schema) throws Exception {
        Await.until("the PostgreSQL driver", WAIT_MS, () -> {
            try {
                return context.getServiceReferences(DataSourceFactory.class, PG_DRIVER).size() > 0;
            } catch (InvalidSyntaxException e) {
                throw new IllegalStateException(e);
            }
        });
        DataSourceFactory factory = context.getService(context.getServiceReferences(DataSourceFactory.class, PG_DRIVER).iterator().next());
        Properties properties = new Properties();
        properties.put(DataSourceFactory.JDBC_URL, PG_URL + (schema == null ? "" : "?currentSchema=" + schema));
        properties.put(DataSourceFactory.JDBC_USER, "postgres");
        return factory.createDataSource(properties);
    }

    private static void execute(DataSource dataSource, String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
