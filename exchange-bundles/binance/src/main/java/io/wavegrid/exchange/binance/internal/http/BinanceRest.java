package io.wavegrid.exchange.binance.internal.http;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.wavegrid.exchange.support.RateLimiter;
import io.wavegrid.exchange.support.ThrottledException;
import io.wavegrid.exchange.support.ThrottledHttp;
import io.wavegrid.trading.api.ExchangeException;
import io.wavegrid.trading.api.ExchangeException.Reason;

/**
 * Binance's REST API: public, API-key and signed (HMAC-SHA256) calls through the shared rate limiter,
 * whose count follows {@code X-MBX-USED-WEIGHT-1M}. Errors become {@link ExchangeException}s carrying
 * Binance's code and message; the secret never leaves this class and is never logged.
 */
public final class BinanceRest {

    /** Security level of an endpoint. */
    public enum Security { NONE, API_KEY, SIGNED }

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final String baseUrl;
    private final String apiKey;
    private final SecretKeySpec secret;
    private final long recvWindow;
    private final ThrottledHttp http;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    public BinanceRest(String baseUrl, String apiKey, String apiSecret, long recvWindow, ThrottledHttp http, Clock clock) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.apiKey = apiKey == null ? "" : apiKey.trim();
        this.secret = apiSecret == null || apiSecret.isBlank() ? null
                : new SecretKeySpec(apiSecret.trim().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.recvWindow = recvWindow;
        this.http = http;
        this.clock = clock;
    }

    /** Reads Binance's usage header into the limiter; give it to the {@link ThrottledHttp} of this exchange. */
    public static void readUsage(RateLimiter limiter, HttpHeaders headers) {
        headers.firstValue("X-MBX-USED-WEIGHT-1M").or(() -> headers.firstValue("X-MBX-USED-WEIGHT")).ifPresent(v -> {
            try {
                limiter.observeUsed(Integer.parseInt(v.trim()));
            } catch (NumberFormatException ignored) {
                // a malformed header must not fail the call; our own count still applies
            }
        });
    }

    public boolean hasKeys() {
        return !apiKey.isEmpty() && secret != null;
    }

    public RateLimiter limiter() {
        return http.limiter();
    }

    public JsonNode call(String method, String path, Map<String, String> params, Security security, int weight)
            throws ExchangeException {
        if (security != Security.NONE && !hasKeys()) {
            throw new ExchangeException(Reason.REJECTED, "Binance " + method + " " + path
                    + " needs an API key and secret: configure api.key and api.secret of io.wavegrid.exchange.binance");
        }
        Map<String, String> all = new LinkedHashMap<>(params);
        if (security == Security.SIGNED) {
            all.put("recvWindow", Long.toString(recvWindow));
            all.put("timestamp", Long.toString(clock.millis()));
        }
        String query = encode(all);
        if (security == Security.SIGNED) {
            query = query + (query.isEmpty() ? "" : "&") + "signature=" + sign(query);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path + (query.isEmpty() ? "" : "?" + query)))
                .timeout(TIMEOUT).method(method, HttpRequest.BodyPublishers.noBody());
        if (security != Security.NONE) {
            request.header("X-MBX-APIKEY", apiKey);
        }
        HttpResponse<String> response = send(request.build(), weight, method + " " + path);
        return parse(response, method + " " + path);
    }

    private HttpResponse<String> send(HttpRequest request, int weight, String what) throws ExchangeException {
        try {
            return http.send(request, weight);
        } catch (ThrottledException e) {
            throw new ExchangeException(e.banned() ? Reason.BANNED : Reason.RATE_LIMITED, e.getMessage(), e.retryAfter(), e);
        } catch (HttpTimeoutException e) {
            throw new ExchangeException(Reason.TIMEOUT, "Binance " + what + ": no answer in " + TIMEOUT.toSeconds()
                    + " s; the outcome is unknown", Duration.ZERO, e);
        } catch (IOException e) {
            throw new ExchangeException(Reason.UNAVAILABLE, "Binance " + what + " failed: " + e, Duration.ZERO, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExchangeException(Reason.UNAVAILABLE, "Binance " + what + " interrupted", Duration.ZERO, e);
        }
    }

    private JsonNode parse(HttpResponse<String> response, String what) throws ExchangeException {
        JsonNode body;
        try {
            body = json.readTree(response.body());
        } catch (IOException e) {
            throw new ExchangeException(response.statusCode() >= 500 ? Reason.UNAVAILABLE : Reason.REJECTED,
                    "Binance " + what + " answered " + response.statusCode() + " with malformed JSON: " + abbreviate(response.body()));
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return body;
        }
        int code = body.path("code").asInt(0);
        String message = "Binance " + what + ": " + code + " " + body.path("msg").asText("HTTP " + status);
        if (status >= 500) {
            throw new ExchangeException(Reason.UNAVAILABLE, message);
        }
        throw new ExchangeException(reasonOf(code), message);
    }

    /** Binance error codes that mean "no such order / symbol" rather than "refused". */
    private static Reason reasonOf(int code) {
        return switch (code) {
            case -2011, -2013, -1121 -> Reason.NOT_FOUND;
            case -1003 -> Reason.RATE_LIMITED;
            default -> Reason.REJECTED;
        };
    }

    private String sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(secret);
            byte[] digest = mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder(digest.length * 2);
            for (byte b : digest) {
                hex.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
            }
            return hex.toString();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    private static String encode(Map<String, String> params) {
        StringBuilder query = new StringBuilder();
        for (Map.Entry<String, String> e : params.entrySet()) {
            if (query.length() > 0) {
                query.append('&');
            }
            query.append(e.getKey()).append('=').append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
        }
        return query.toString();
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() <= 200 ? text : text.substring(0, 200) + "...";
    }
}
