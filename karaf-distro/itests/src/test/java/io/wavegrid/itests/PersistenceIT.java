package io.wavegrid.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import javax.inject.Inject;
import javax.sql.DataSource;

import io.wavegrid.infra.api.AuditEntry;
import io.wavegrid.infra.api.AuditLog;
import io.wavegrid.infra.api.JournaledOrder;
import io.wavegrid.infra.api.OrderJournal;
import io.wavegrid.market.api.Candle;
import io.wavegrid.market.api.CandleStore;
import io.wavegrid.market.api.Side;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.TimeRange;
import io.wavegrid.market.api.Timeframe;
import io.wavegrid.trading.api.Order;
import io.wavegrid.trading.api.OrderRequest;
import io.wavegrid.trading.api.OrderStatus;
import io.wavegrid.trading.api.OrderType;
import io.wavegrid.trading.api.TimeInForce;

import org.apache.karaf.features.BootFinished;
import org.apache.karaf.features.FeaturesService;
import org.junit.Before;
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
 * The persistence feature in the real distribution on its embedded default: the H2 database under the
 * container's data folder is migrated, the candle store and the order journal work through it, and the
 * database journal outranks the in-memory one.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PersistenceIT {

    private static final String FEATURE = "wavegrid-persistence";
    private static final String BUNDLE = "io.wavegrid.persistence";
    private static final long WAIT_MS = 60_000;
    private static final Symbol SYMBOL = Symbol.parse("ETH/USDT");

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

    @Before
    public void installPersistence() throws Exception {
        if (!features.isInstalled(features.getFeature(FEATURE))) {
            features.installFeature(FEATURE, EnumSet.noneOf(FeaturesService.Option.class));
        }
        Await.until("the persistence services", WAIT_MS,
                () -> persistenceService(CandleStore.class).isPresent() && persistenceService(OrderJournal.class).isPresent(),
                () -> ContainerState.describe(context, BUNDLE));
    }

    @Test
    public void migratesTheEmbeddedH2DatabaseUnderTheDataFolder() throws Exception {
        File database = new File(System.getProperty("karaf.data"), "wavegrid/wavegrid.mv.db");
        assertTrue(database + " exists", database.isFile());
        DataSource dataSource = service(DataSource.class, "(osgi.jndi.service.name=wavegrid)");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            assertEquals("H2", c.getMetaData().getDatabaseProductName());
            try (ResultSet r = s.executeQuery("SELECT COUNT(*), MIN(CASE WHEN \"success\" THEN 1 ELSE 0 END) FROM \"flyway_schema_history\""
                    + " WHERE \"version\" IS NOT NULL")) {
                assertTrue(r.next());
                assertEquals("V1, V2 and V3 applied", 3, r.getInt(1));
                assertEquals("every migration succeeded", 1, r.getInt(2));
            }
            for (String table : List.of("MARKET_DATA", "ORDERS", "POSITIONS", "AUDIT_LOG")) {
                try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = '" + table + "'")) {
                    assertTrue(r.next());
                    assertEquals(table + " created", 1, r.getInt(1));
                }
            }
        }
        for (Bundle bundle : context.getBundles()) {
            if (bundle.getSymbolicName().startsWith("io.wavegrid.")) {
                assertEquals(bundle.getSymbolicName() + " active", Bundle.ACTIVE, bundle.getState());
            }
        }
    }

    @Test
    public void storesCandlesIdempotentlyAndFindsTheGaps() throws Exception {
        CandleStore store = persistenceService(CandleStore.class).orElseThrow();
        long start = Timeframe.H1.align(1_700_000_000_000L);
        long hour = Timeframe.H1.millis();
        List<Candle> candles = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            if (i != 4 && i != 5) {
                candles.add(candle(start + i * hour, 2000 + i));
            }
        }
        assertEquals(8, store.upsert(candles));
        assertEquals(candles, store.range(SYMBOL, Timeframe.H1, start, start + 10 * hour));
        assertEquals("re-upserting the same candles changes nothing", 8, store.upsert(candles));
        assertEquals(candles, store.range(SYMBOL, Timeframe.H1, start, start + 10 * hour));

        Candle corrected = candle(start + 3 * hour, 2100.25);
        store.upsert(List.of(corrected));
        assertEquals(corrected, store.range(SYMBOL, Timeframe.H1, start + 3 * hour, start + 4 * hour).get(0));
        assertEquals(start + 9 * hour, store.latestOpenTime(SYMBOL, Timeframe.H1).getAsLong());
        assertEquals(List.of(new TimeRange(start + 4 * hour, start + 6 * hour)), store.gaps(SYMBOL, Timeframe.H1, start, start + 10 * hour));
    }

    @Test
    public void theDatabaseJournalOutranksTheMemoryJournalAndKeepsOrders() throws Exception {
        ServiceReference<OrderJournal> best = context.getServiceReference(OrderJournal.class);
        assertEquals("the database journal is the one the platform uses", "database", best.getProperty("infra.backend"));
        OrderJournal journal = context.getService(best);
        try {
            String id = "it-" + Long.toString(System.nanoTime(), 36);
            OrderRequest request = new OrderRequest(id, SYMBOL, Side.BUY, OrderType.LIMIT, new BigDecimal("0.5"),
                    new BigDecimal("2000.10"), null, TimeInForce.GTC);
            Instant created = Instant.parse("2026-01-02T03:04:05Z");
            Order order = new Order(request, null, OrderStatus.NEW, BigDecimal.ZERO, null, created, null);
            assertTrue(journal.journal("paper", order));
            assertFalse("a retry of the same request is recognised", journal.journal("paper", order));

            Optional<JournaledOrder> found = journal.find(id);
            assertTrue(found.isPresent());
            assertEquals("paper", found.get().account());
            assertEquals(created, found.get().created());
            assertTrue(JournaledOrder.sameRequest(request, found.get().order().request()));
            assertTrue(journal.open("paper").stream().anyMatch(o -> o.order().clientOrderId().equals(id)));

            Order submitted = new Order(request, "X-1", OrderStatus.SUBMITTED, BigDecimal.ZERO, null, created.plusSeconds(1), null);
            assertEquals(OrderStatus.SUBMITTED, journal.update(submitted).order().status());
            assertEquals("X-1", journal.find(id).orElseThrow().order().exchangeOrderId());
        } finally {
            context.ungetService(best);
        }
    }

    /** The audit log's rows take their key from an identity column: Hibernate must know it talks to H2 2.x. */
    @Test
    public void theAuditLogAppendsRowsWithGeneratedKeys() throws Exception {
        AuditLog audit = persistenceService(AuditLog.class).orElseThrow();
        Instant time = Instant.parse("2026-01-02T03:04:05Z");
        AuditEntry first = new AuditEntry(time, "it", "feature:install", "wavegrid-persistence", "first");
        AuditEntry second = new AuditEntry(time.plusSeconds(1), "it", "config:update", "io.wavegrid.engine", "second");
        audit.record(first);
        audit.record(second);
        assertEquals(List.of(second, first), audit.recent(2));
    }

    private static Candle candle(long openTime, double close) {
        return new Candle(SYMBOL, Timeframe.H1, openTime, close - 1, close + 2, close - 3, close, 12.5);
    }

    /** The service registered by the persistence bundle, not an in-memory default. */
    private <T> Optional<T> persistenceService(Class<T> type) {
        try {
            Collection<ServiceReference<T>> refs = context.getServiceReferences(type, null);
            return refs.stream().filter(r -> BUNDLE.equals(r.getBundle().getSymbolicName())).findFirst().map(context::getService);
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T service(Class<T> type, String filter) throws Exception {
        Await.until(type.getSimpleName() + " " + filter, WAIT_MS, () -> {
            try {
                return !context.getServiceReferences(type, filter).isEmpty();
            } catch (InvalidSyntaxException e) {
                throw new IllegalStateException(e);
            }
        });
        return context.getService(context.getServiceReferences(type, filter).iterator().next());
    }
}
