package io.wavegrid.rest.internal;

import javax.ws.rs.DefaultValue;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import io.wavegrid.trading.api.EmergencyReport;
import io.wavegrid.trading.api.OrderManager;

/** The kill switch over HTTP: {@code POST /api/emergency/shutdown?closePositions=true}, {@code POST /api/emergency/rearm}. */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class EmergencyResource {

    /** Whether new orders are refused, after a shutdown or a re-arm. */
    record ArmedState(String account, boolean emergencyStopped) {
    }

    private final OrderManager orders;

    EmergencyResource(OrderManager orders) {
        this.orders = orders;
    }

    @POST
    @Path("shutdown")
    public EmergencyReport shutdown(@QueryParam("closePositions") @DefaultValue("false") boolean closePositions) {
        return orders.emergencyShutdown(closePositions, RestActor.NAME);
    }

    @POST
    @Path("rearm")
    public ArmedState rearm() {
        orders.rearm(RestActor.NAME);
        return new ArmedState(orders.account(), orders.emergencyStopped());
    }
}
