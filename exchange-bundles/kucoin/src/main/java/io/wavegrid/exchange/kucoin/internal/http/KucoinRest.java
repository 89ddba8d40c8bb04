package io.wavegrid.exchange.kucoin.internal.http;

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
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.wavegrid.exchange.support.RateLimiter;
import io.wavegrid.exchange.support.ThrottledException;
import io.wavegrid.exchange.support.ThrottledHttp;
import io.wavegrid.trading.api.ExchangeException;
import io.wavegrid.trading.api.ExchangeException.Reason;

/**
 * KuCoin's REST API: public and signed (API key version 2) calls through the shared rate limiter, whose
 * count follows {@code gw-ratelimit-remaining}. KuCoin wraps every answer in {@code {"code","data"}}; a code
 * other than {@code 200000} becomes an {@link ExchangeException} carrying KuCoin's code and message.
 * Key, secret and passphrase never leave this class and are never logged.
 */
public final class KucoinRest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final String SUCCESS = "200000";

    private final String baseUrl;
    private final String apiKey;
    private final KucoinSigner signer;
    private final ThrottledHttp http;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    public KucoinRest(String baseUrl, String apiKey, String apiSecret, String passphrase, ThrottledHttp http, Clock clock) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.apiKey = apiKey == null ? "" : apiKey.trim();
        this.signer = apiSecret == null || apiSecret.isBlank() || passphrase == null || passphrase.isBlank()
                ? null : new KucoinSigner(apiSecret.trim(), passphrase.trim());
        this.http = http;
        this.clock = clock;
    }

    /**
     * Reads KuCoin's usage headers into the limiter (its pool size, then what is left of it); give it to the
     * {@link ThrottledHttp} of this exchange.
     */
    public static void readUsage(RateLimiter limiter, HttpHeaders headers) {
        headers.firstValue("gw-ratelimit-remaining").ifPresent(remaining -> {
            try {
                String poolSize = headers.firstValue("gw-ratelimit-limit").orElse("");
                if (!poolSize.isBlank()) {
                    limiter.resize(Integer.parseInt(poolSize.trim()));
                }
                limiter.observeUsed(Math.max(0, limiter.limit() - Integer.parseInt(remaining.trim())));
            } catch (NumberFormatException ignored) {
                // a malformed header must not fail the call; our own count still applies
            }
        });
    }

    public boolean hasKeys() {
        return !apiKey.isEmpty() && signer != null;
    }

    public RateLimiter limiter() {
        return http.limiter();
    }

    /** A public GET; {@code data} of the answer. */
    public JsonNode get(String path, Map<String, String> params, int weight) throws ExchangeException {
        return call("GET", path, params, null, false, weight);
    }

    /**
     * A call; {@code data} of the answer.
     *
     * @param body JSON body of a POST, else null
     */
    public JsonNode call(String method, String path, Map<String, String> params, Object body, boolean signed, int weight)
            throws ExchangeException {
        String what = method + " " + path;
        if (signed && !hasKeys()) {
            throw new ExchangeException(Reason.REJECTED, "KuCoin " + what + " needs an API key, secret and passphrase:"
                    + " configure api.key, api.secret and api.passphrase of io.wavegrid.exchange.kucoin");
        }
        String endpoint = path + query(params);
        String payload = body == null ? "" : write(body);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + endpoint)).timeout(TIMEOUT)
                .method(method, payload.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(payload))
                .header("Content-Type", "application/json");
        if (signed) {
            String timestamp = Long.toString(clock.millis());
            request.header("KC-API-KEY", apiKey)
                    .header("KC-API-SIGN", signer.sign(timestamp + method + endpoint + payload))
                    .header("KC-API-TIMESTAMP", timestamp)
                    .header("KC-API-PASSPHRASE", signer.passphrase())
                    .header("KC-API-KEY-VERSION", "2");
        }
        return parse(send(request.build(), weight, what), what);
    }

    private HttpResponse<String> send(HttpRequest request, int weight, String what) throws ExchangeException {
        try {
            return http.send(request, weight);
        } catch (ThrottledException e) {
            throw new ExchangeException(e.banned() ? Reason.BANNED : Reason.RATE_LIMITED, e.getMessage(), e.retryAfter(), e);
        } catch (HttpTimeoutException e) {
            throw new ExchangeException(Reason.TIMEOUT, "KuCoin " + what + ": no answer in " + TIMEOUT.toSeconds()
                    + " s; the outcome is unknown", Duration.ZERO, e);
        } catch (IOException e) {
            throw new ExchangeException(Reason.UNAVAILABLE, "KuCoin " + what + " failed: " + e, Duration.ZERO, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExchangeException(Reason.UNAVAILABLE, "KuCoin " + what + " interrupted", Duration.ZERO, e);
        }
    }

    private JsonNode parse(HttpResponse<String> response, String what) throws ExchangeException {
        int status = response.statusCode();
        JsonNode body;
        try {
            body = json.readTree(response.body());
        } catch (IOException e) {
            body = null;
        }
        if (body == null || !body.isObject()) {
            throw new ExchangeException(status >= 500 ? Reason.UNAVAILABLE : Reason.REJECTED,
                    "KuCoin " + what + " answered " + status + " with malformed JSON: " + abbreviate(response.body()));
        }
        String code = body.path("code").asText("");
        if (status >= 200 && status < 300 && SUCCESS.equals(code)) {
            return body.path("data");
        }
        String message = "KuCoin " + what + ": " + code + " " + body.path("msg").asText("HTTP " + status);
        throw new ExchangeException(status >= 500 ? Reason.UNAVAILABLE : KucoinErrors.reasonOf(code, message), message);
    }

    private String write(Object body) throws ExchangeException {
        try {
            return json.writeValueAsString(body);
        } catch (IOException e) {
            throw new ExchangeException(Reason.REJECTED, "KuCoin request body cannot be written: " + e.getMessage());
        }
    }

    private static String query(Map<String, String> params) {
        StringBuilder query = new StringBuilder();
        for (Map.Entry<String, String> e : params.entrySet()) {
            query.append(query.length() == 0 ? '?' : '&').append(e.getKey()).append('=')
                    .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
        }
        return query.toString();
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() <= 200 ? text : text.substring(0, 200) + "...";
    }
}
