package io.wavegrid.rest.internal;

import java.math.BigDecimal;
import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import io.wavegrid.trading.api.RiskLimits;
import io.wavegrid.trading.api.RiskManager;
import io.wavegrid.trading.api.RiskStatus;

/**
 * The risk manager for operators and the dashboard: its state and cause, limits and emergency stop; limits and
 * resets are audited under the actor {@value #ACTOR} until requests carry an authenticated user.
 */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RiskResource {

    static final String ACTOR = "rest-api";

    private final RiskManager risk;

    RiskResource(RiskManager risk) {
        this.risk = risk;
    }

    @GET
    @Path("metrics")
    public Metrics metrics() {
        return Metrics.of(risk.status());
    }

    @GET
    @Path("limits")
    public Limits limits() {
        return Limits.of(risk.limits());
    }

    /**
     * Changes some limits, e.g. {@code {"maxDailyLoss": 0.04}} (the configuration keys work too). Every problem is
     * named in one 400 answer and nothing changes then.
     */
    @PUT
    @Path("limits")
    public Limits setLimits(Map<String, Object> changes) {
        if (changes == null || changes.isEmpty()) {
            throw new IllegalArgumentException("give the limits to change, e.g. {\"maxDailyLoss\": 0.04}");
        }
        risk.setLimits(risk.limits().with(changes), ACTOR);
        return Limits.of(risk.limits());
    }

    /** Resets a REDUCING or HALTED state to ACTIVE: {@code {"reason": "..."}}. */
    @POST
    @Path("reset")
    public Metrics reset(ResetRequest request) {
        if (request == null || request.reason() == null || request.reason().isBlank()) {
            throw new IllegalArgumentException("a reset needs a reason, e.g. {\"reason\": \"losses reviewed\"}");
        }
        risk.reset(ACTOR, request.reason());
        return Metrics.of(risk.status());
    }

    record ResetRequest(String reason) {
    }

    record Limits(BigDecimal maxRiskPerTrade, BigDecimal maxDailyLoss, BigDecimal maxExposure, BigDecimal maxDrawdown) {

        static Limits of(RiskLimits limits) {
            return new Limits(limits.maxRiskPerTrade(), limits.maxDailyLoss(), limits.maxExposure(), limits.maxDrawdown());
        }
    }

    /** {@code since} as ISO-8601 text: the API's mapper has no java.time module. */
    record Metrics(String state, String cause, String since, Limits limits, boolean emergencyStopped, String emergencyReason) {

        static Metrics of(RiskStatus status) {
            return new Metrics(status.state().name(), status.cause(), status.since() == null ? null : status.since().toString(),
                    Limits.of(status.limits()), status.emergencyStopped(), status.emergencyReason());
        }
    }
}
