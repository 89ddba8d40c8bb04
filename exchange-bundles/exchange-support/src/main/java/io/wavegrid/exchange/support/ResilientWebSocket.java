package io.wavegrid.exchange.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A WebSocket to an exchange that stays up: it reconnects with backoff and jitter after a close or an
 * error, treats a stream silent for longer than {@code silentAfter} as dead, and reconnects on its own
 * before {@code maxLifetime} (exchanges cut connections at 24h). Each connection is a new generation;
 * callbacks of an older one are ignored. The handler's {@code onConnected} runs on every connection, which
 * is where subscriptions are sent and missed data is backfilled.
 */
public final class ResilientWebSocket implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ResilientWebSocket.class);

    public interface Handler {
        /** A connection is open; {@code reconnect} is true for every connection after the first. */
        void onConnected(Outbound out, boolean reconnect);

        /** One complete text message, on the socket's thread; messages of one connection arrive in order. */
        void onText(String message);
    }

    /** Sends on the current connection. */
    public interface Outbound {
        void send(String text);
    }

    /** Where each new connection goes; called per connection, so tokens (listen keys) can be renewed. */
    public interface Endpoint {
        URI next() throws Exception;
    }

    private final String name;
    private final HttpClient client;
    private final Endpoint endpoint;
    private final Handler handler;
    private final ScheduledExecutorService scheduler;
    private final Duration silentAfter;
    private final Duration maxLifetime;
    private final Backoff backoff;
    private final AtomicLong generation = new AtomicLong();
    private volatile WebSocket socket;
    private volatile long lastMessageNanos;
    private volatile long connectedNanos;
    private volatile boolean closed;
    private volatile int connections;
    private ScheduledFuture<?> watchdog;

    public ResilientWebSocket(String name, HttpClient client, Endpoint endpoint, Handler handler,
                              ScheduledExecutorService scheduler, Duration silentAfter, Duration maxLifetime, Backoff backoff) {
        this.name = name;
        this.client = client;
        this.endpoint = endpoint;
        this.handler = handler;
        this.scheduler = scheduler;
        this.silentAfter = silentAfter;
        this.maxLifetime = maxLifetime;
        this.backoff = backoff;
    }

    public ResilientWebSocket start() {
        long period = Math.max(50, Math.min(silentAfter.toMillis(), maxLifetime.toMillis()) / 4);
        watchdog = scheduler.scheduleAtFixedRate(this::checkHealth, period, period, TimeUnit.MILLISECONDS);
        scheduler.execute(this::connect);
        return this;
    }

    /** Number of connections opened so far. */
    public int connections() {
        return connections;
    }

    /** Drops the current connection and opens a new one (e.g. the exchange said the session expired). */
    public void reconnect(String reason) {
        WebSocket current = socket;
        LOG.info("{}: reconnecting: {}", name, reason);
        generation.incrementAndGet();
        socket = null;
        if (current != null) {
            current.abort();
        }
        scheduleConnect(Duration.ZERO);
    }

    @Override
    public void close() {
        closed = true;
        generation.incrementAndGet();
        if (watchdog != null) {
            watchdog.cancel(false);
        }
        WebSocket current = socket;
        if (current != null) {
            current.abort();
        }
    }

    private void connect() {
        if (closed) {
            return;
        }
        long gen = generation.incrementAndGet();
        URI uri;
        try {
            uri = endpoint.next();
        } catch (Exception e) {
            LOG.warn("{}: cannot obtain a stream address: {}", name, e.toString());
            scheduleConnect(backoff.next());
            return;
        }
        client.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10)).buildAsync(uri, new Listener(gen))
                .whenComplete((ws, error) -> {
                    if (error != null) {
                        LOG.warn("{}: connection to {} failed: {}", name, uri.getHost(), error.toString());
                        if (gen == generation.get()) {
                            scheduleConnect(backoff.next());
                        }
                    }
                });
    }

    private void scheduleConnect(Duration delay) {
        if (!closed) {
            scheduler.schedule(this::connect, delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void checkHealth() {
        WebSocket current = socket;
        if (closed || current == null) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastMessageNanos > silentAfter.toNanos()) {
            reconnect("no message for " + silentAfter.toMillis() + " ms: stream is silent");
        } else if (now - connectedNanos > maxLifetime.toNanos()) {
            reconnect("connection is " + maxLifetime.toHours() + " h old; renewing before the exchange cuts it");
        }
    }

    private final class Listener implements WebSocket.Listener {

        private final long gen;
        private final StringBuilder partial = new StringBuilder();

        Listener(long gen) {
            this.gen = gen;
        }

        private boolean current() {
            return gen == generation.get() && !closed;
        }

        @Override
        public void onOpen(WebSocket webSocket) {
            if (!current()) {
                webSocket.abort();
                return;
            }
            socket = webSocket;
            lastMessageNanos = System.nanoTime();
            connectedNanos = lastMessageNanos;
            boolean reconnect = connections++ > 0;
            LOG.info("{}: connected{}", name, reconnect ? " again" : "");
            try {
                handler.onConnected(new SerialSender(webSocket), reconnect);
            } catch (RuntimeException e) {
                LOG.error("{}: connection setup failed", name, e);
            }
            webSocket.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            if (!current()) {
                return null;
            }
            lastMessageNanos = System.nanoTime();
            partial.append(data);
            if (last) {
                String message = partial.toString();
                partial.setLength(0);
                backoff.reset();
                try {
                    handler.onText(message);
                } catch (RuntimeException e) {
                    LOG.warn("{}: message handling failed for {}", name, abbreviate(message), e);
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onPing(WebSocket webSocket, ByteBuffer message) {
            lastMessageNanos = System.nanoTime();
            return WebSocket.Listener.super.onPing(webSocket, message);
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            if (current()) {
                LOG.info("{}: closed by the server ({} {})", name, statusCode, reason);
                socket = null;
                scheduleConnect(backoff.next());
            }
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            if (current()) {
                LOG.warn("{}: connection lost: {}", name, error.toString());
                socket = null;
                scheduleConnect(backoff.next());
            }
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "...";
    }

    /**
     * The JDK WebSocket refuses a send while the previous one is still in flight (the refusal only shows in the
     * returned future), so subscriptions sent in a row and pings from a timer would be lost: sends are chained.
     */
    private final class SerialSender implements Outbound {
        private final WebSocket webSocket;
        private CompletableFuture<?> last = CompletableFuture.completedFuture(null);

        SerialSender(WebSocket webSocket) {
            this.webSocket = webSocket;
        }

        @Override
        public synchronized void send(String text) {
            last = last.handle((r, e) -> null).thenCompose(v -> webSocket.sendText(text, true))
                    .whenComplete((r, e) -> {
                        if (e != null) {
                            LOG.warn("{}: a message could not be sent: {}", name, e.getMessage());
                        }
                    });
        }
    }
}
