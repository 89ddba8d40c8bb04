package io.wavegrid.rest.internal;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import io.wavegrid.engine.api.Engine;
import io.wavegrid.engine.api.EngineStatus;

/** Liveness and readiness for load balancers, supervisors and the start-up benchmark; no authentication. */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    private final Engine engine;

    HealthResource(Engine engine) {
        this.engine = engine;
    }

    /** The process serves HTTP. */
    @GET
    @Path("health")
    public Response health() {
        return Response.ok(new Health("UP")).build();
    }

    /** The kernel accepts events: 200 when it does, 503 while it does not. */
    @GET
    @Path("ready")
    public Response ready() {
        EngineStatus status = engine.status();
        return Response.status(status.running() ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
                .entity(status).build();
    }

    record Health(String status) {
    }
}
