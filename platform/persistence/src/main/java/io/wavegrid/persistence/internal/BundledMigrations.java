package io.wavegrid.persistence.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * Hands Flyway the migrations listed in {@code db/migration/index.txt}. An explicit list instead of
 * classpath scanning, which depends on how a framework's class loaders expose directories (OSGi bundles
 * do not behave like jars on a class path). A test checks the index against the directory.
 */
final class BundledMigrations implements ResourceProvider {

    static final String LOCATION = "db/migration/";

    private final List<MigrationResource> migrations;

    BundledMigrations(ClassLoader loader) {
        List<MigrationResource> found = new ArrayList<>();
        for (String name : index(loader)) {
            URL url = loader.getResource(LOCATION + name);
            if (url == null) {
                throw new IllegalStateException("migration " + name + " is listed in " + LOCATION + "index.txt but missing from the bundle");
            }
            found.add(new MigrationResource(LOCATION + name, url));
        }
        this.migrations = List.copyOf(found);
    }

    static List<String> index(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(LOCATION + "index.txt")) {
            if (in == null) {
                throw new IllegalStateException(LOCATION + "index.txt is missing from the bundle");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::trim).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the migration index", e);
        }
    }

    @Override
    public LoadableResource getResource(String name) {
        return migrations.stream().filter(m -> m.getRelativePath().equals(name) || m.getFilename().equals(name))
                .findFirst().orElse(null);
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        return migrations.stream()
                .filter(m -> m.getFilename().startsWith(prefix) && Arrays.stream(suffixes).anyMatch(m.getFilename()::endsWith))
                .map(LoadableResource.class::cast).toList();
    }
}
