package io.wavegrid.persistence.internal;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import org.flywaydb.core.api.resource.LoadableResource;

/** One SQL migration shipped inside this bundle. */
final class MigrationResource extends LoadableResource {

    private final String path;
    private final URL url;

    MigrationResource(String path, URL url) {
        this.path = path;
        this.url = url;
    }

    @Override
    public Reader read() {
        try {
            InputStream in = url.openStream();
            return new InputStreamReader(in, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read migration " + path, e);
        }
    }

    @Override
    public String getAbsolutePath() {
        return path;
    }

    @Override
    public String getAbsolutePathOnDisk() {
        return url.toExternalForm();
    }

    @Override
    public String getFilename() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    @Override
    public String getRelativePath() {
        return path;
    }
}
