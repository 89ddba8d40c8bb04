package io.wavegrid.exchange.kucoin.internal.stream;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import io.wavegrid.exchange.kucoin.internal.http.KucoinRest;
import io.wavegrid.trading.api.ExchangeException;
import io.wavegrid.trading.api.ExchangeException.Reason;

/**
 * A connection ticket from {@code POST /api/v1/bullet-public} (or the signed {@code bullet-private}): the
 * address with its token, and the ping interval KuCoin expects. Each connection takes a fresh one.
 */
public record Bullet(URI uri, long pingIntervalMs, long pingTimeoutMs) {

    private static final int BULLET_WEIGHT = 10;

    public static Bullet fetch(KucoinRest rest, boolean privateChannel) throws ExchangeException {
        return parse(rest.call("POST", privateChannel ? "/api/v1/bullet-private" : "/api/v1/bullet-public", Map.of(), null,
                privateChannel, BULLET_WEIGHT));
    }

    static Bullet parse(JsonNode data) throws ExchangeException {
        String token = data.path("token").asText("");
        JsonNode server = data.path("instanceServers").path(0);
        String endpoint = server.path("endpoint").asText("");
        long ping = server.path("pingInterval").asLong(0);
        if (token.isEmpty() || endpoint.isEmpty() || ping <= 0) {
            throw new ExchangeException(Reason.UNAVAILABLE, "KuCoin bullet answer lacks token, endpoint or pingInterval: " + data);
        }
        String address = endpoint + (endpoint.contains("?") ? "&" : "?") + "token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)
                + "&connectId=" + UUID.randomUUID();
        return new Bullet(URI.create(address), ping, server.path("pingTimeout").asLong(ping));
    }

    @Override
    public String toString() {
        return "Bullet[ping " + pingIntervalMs + " ms]";
    }
}
