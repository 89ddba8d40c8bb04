package io.wavegrid.exchange.support;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Sends HTTP requests through an exchange's {@link RateLimiter}: takes the request's weight first, hands
 * the response headers to the exchange's usage reader, and turns 429 and 418 into a closed budget and a
 * {@link ThrottledException}. Other statuses are returned for the adapter to read its exchange's error body.
 */
public final class ThrottledHttp {

    private final HttpClient client;
    private final RateLimiter limiter;
    private final Duration patience;
    private final Consumer<HttpHeaders> usageReader;

    public ThrottledHttp(HttpClient client, RateLimiter limiter, Duration patience, Consumer<HttpHeaders> usageReader) {
        this.client = client;
        this.limiter = limiter;
        this.patience = patience;
        this.usageReader = usageReader;
    }

    public RateLimiter limiter() {
        return limiter;
    }

    public HttpResponse<String> send(HttpRequest request, int weight) throws IOException, InterruptedException {
        limiter.acquire(weight, patience);
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        usageReader.accept(response.headers());
        int status = response.statusCode();
        if (status == 429 || status == 418) {
            Duration retryAfter = retryAfter(response.headers());
            if (status == 418) {
                limiter.banned(retryAfter);
            } else {
                limiter.tooManyRequests(retryAfter);
            }
            throw new ThrottledException(request.uri().getHost() + " answered " + status + (status == 418 ? " (IP banned)" : " (too many requests)")
                    + " to " + request.method() + " " + request.uri().getPath() + "; retry after " + retryAfter.toSeconds() + " s",
                    retryAfter, status == 418);
        }
        return response;
    }

    static Duration retryAfter(HttpHeaders headers) {
        return headers.firstValue("Retry-After").map(v -> {
            try {
                return Duration.ofSeconds(Long.parseLong(v.trim()));
            } catch (NumberFormatException e) {
                return Duration.ZERO;
            }
        }).orElse(Duration.ZERO);
    }
}
