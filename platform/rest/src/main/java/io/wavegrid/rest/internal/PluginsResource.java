package io.wavegrid.rest.internal;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import io.wavegrid.engine.api.Engine;

@Path("plugins")
@Produces(MediaType.APPLICATION_JSON)
public class PluginsResource {

    private final Engine engine;

    PluginsResource(Engine engine) {
        this.engine = engine;
    }

    /** Runtime view of every plugin: kind, name, bundle and version, weight, state, last candle, errors. */
    @GET
    public List<PluginView> plugins() {
        return engine.plugins().stream().map(PluginView::of).toList();
    }
}
