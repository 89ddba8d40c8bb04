package io.wavegrid.persistence.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Wavegrid database, migrated to the schema this bundle expects. Every repository and the candle store
 * reference this service, so none of them starts before the migrations ran. The datasource is the one
 * pax-jdbc-config publishes from {@code etc/org.ops4j.datasource-wavegrid.cfg}; configuration PID
 * {@code io.wavegrid.persistence.database} may retarget it with {@code dataSource.target}.
 */
@Component(service = Database.class, configurationPid = "io.wavegrid.persistence.database")
public class Database {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final DataSource dataSource;
    private final Dialect dialect;

    @Activate
    public Database(@Reference(name = "dataSource", target = "(osgi.jndi.service.name=wavegrid)") DataSource dataSource) {
        this.dataSource = dataSource;
        try (Connection c = dataSource.getConnection()) {
            this.dialect = Dialect.of(c);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the wavegrid database to migrate it: " + e.getMessage(), e);
        }
        MigrateResult result = flyway(dataSource).migrate();
        LOG.info("wavegrid database ({}) at schema version {}: {} migration(s) applied", dialect, result.targetSchemaVersion,
                result.migrationsExecuted);
    }

    static Flyway flyway(DataSource dataSource) {
        ClassLoader loader = Database.class.getClassLoader();
        return Flyway.configure(loader)
                .dataSource(dataSource)
                .resourceProvider(new BundledMigrations(loader))
                .javaMigrationClassProvider(List::of)
                .loggers("slf4j")
                .cleanDisabled(true)
                .load();
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public Dialect dialect() {
        return dialect;
    }
}
