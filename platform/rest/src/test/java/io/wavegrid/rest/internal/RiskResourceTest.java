package io.wavegrid.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.GenericType;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import io.wavegrid.infra.memory.internal.MemoryAuditLog;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.risk.internal.RiskManagerComponent;
import io.wavegrid.trading.api.InstrumentRules;
import io.wavegrid.trading.api.RiskContext;
import io.wavegrid.trading.api.RiskLimits;

import org.junit.jupiter.api.Test;

/** The risk resource on the real risk manager and audit log, and its JSON through the API's provider. */
class RiskResourceTest {

    private final MemoryAuditLog audit = new MemoryAuditLog();
    private final RiskManagerComponent risk = new RiskManagerComponent();
    private final RiskResource resource;
    private final JsonProvider json = new JsonProvider(RiskRestServer.mapper());

    RiskResourceTest() {
        risk.bindAuditLog(audit);
        risk.activate(Map.of());
        resource = new RiskResource(risk);
    }

    @Test
    void metricsShowStateCauseLimitsAndEmergency() throws IOException {
        halt();
        risk.emergencyStop("alice", "exchange down");

        String body = write(resource.metrics());

        assertTrue(body.contains("\"state\":\"HALTED\""), body);
        assertTrue(body.contains("\"cause\":\"DAILY_LOSS: daily P&L -500"), body);
        assertTrue(body.contains("\"since\":\"2026-03-02T12:00:00Z\""), body);
        assertTrue(body.contains("\"limits\":{\"maxRiskPerTrade\":0.03,\"maxDailyLoss\":0.05,\"maxExposure\":5,\"maxDrawdown\":0.15}"), body);
        assertTrue(body.contains("\"emergencyStopped\":true"), body);
        assertTrue(body.contains("exchange down"), body);
    }

    @Test
    void putChangesTheNamedLimitsExactly() throws IOException {
        Map<String, Object> changes = read("{\"maxDailyLoss\": 0.04, \"max.exposure\": 3}");

        String body = write(resource.setLimits(changes));

        assertEquals(new RiskLimits(new BigDecimal("0.03"), new BigDecimal("0.04"), new BigDecimal("3"), new BigDecimal("0.15")),
                risk.limits());
        assertTrue(body.contains("\"maxDailyLoss\":0.04"), body);
        assertEquals(RiskResource.ACTOR, audit.recent(1).get(0).actor());
    }

    @Test
    void putWithBadValuesIs400WithEveryReasonAndChangesNothing() throws IOException {
        Map<String, Object> changes = read("{\"maxDailyLoss\": -1, \"maxDrawdown\": \"a lot\", \"leverage\": 10}");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> resource.setLimits(changes));
        Response response = new BadRequestMapper().toResponse(e);

        assertEquals(400, response.getStatus());
        String body = write(response.getEntity());
        assertTrue(body.contains("max.daily.loss must be a fraction in (0, 1], got -1"), body);
        assertTrue(body.contains("max.drawdown must be a finite number, got 'a lot'"), body);
        assertTrue(body.contains("unknown limit 'leverage'"), body);
        assertEquals(RiskLimits.defaults(), risk.limits());
        assertThrows(IllegalArgumentException.class, () -> resource.setLimits(Map.of()));
    }

    @Test
    void putWithMalformedJsonIs400() {
        WebApplicationException e = assertThrows(WebApplicationException.class, () -> read("{\"maxDailyLoss\": "));
        assertEquals(400, e.getResponse().getStatus());
        WebApplicationException notAnObject = assertThrows(WebApplicationException.class, () -> read("[0.04]"));
        assertEquals(400, notAnObject.getResponse().getStatus());
        assertEquals(RiskLimits.defaults(), risk.limits());
    }

    @Test
    void resetNeedsAReasonAndClearsTheHalt() throws IOException {
        halt();

        assertThrows(IllegalArgumentException.class, () -> resource.reset(new RiskResource.ResetRequest(" ")));
        assertThrows(IllegalArgumentException.class, () -> resource.reset(null));
        assertEquals("HALTED", resource.metrics().state());

        RiskResource.ResetRequest request = readAs("{\"reason\": \"losses reviewed\"}", RiskResource.ResetRequest.class);
        assertEquals("ACTIVE", resource.reset(request).state());
        assertTrue(audit.recent(1).get(0).detail().contains("losses reviewed"));
    }

    private void halt() {
        InstrumentRules rules = new InstrumentRules(new Symbol("BTC", "USDT"), new BigDecimal("0.01"),
                new BigDecimal("0.001"), new BigDecimal("0.001"), new BigDecimal("10"), true);
        risk.assess(new RiskContext(new BigDecimal("9500"), new BigDecimal("9500"), new BigDecimal("10000"), BigDecimal.ZERO,
                new BigDecimal("-500"), null, rules, List.of(), java.time.Instant.parse("2026-03-02T12:00:00Z")));
    }

    private String write(Object value) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        json.writeTo(value, value.getClass(), value.getClass(), new Annotation[0], MediaType.APPLICATION_JSON_TYPE, null, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private Map<String, Object> read(String body) throws IOException {
        return readAs(body, new GenericType<Map<String, Object>>() { }.getType());
    }

    @SuppressWarnings("unchecked")
    private <T> T readAs(String body, Type type) throws IOException {
        Class<Object> raw = (Class<Object>) (type instanceof Class<?> c ? c : Map.class);
        return (T) json.readFrom(raw, type, new Annotation[0], MediaType.APPLICATION_JSON_TYPE, null,
                new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }
}
