package io.wavegrid.exchange.binance.internal.exec;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import io.wavegrid.exchange.binance.internal.http.BinanceRest;
import io.wavegrid.exchange.binance.internal.http.BinanceRest.Security;
import io.wavegrid.exchange.binance.internal.parse.StreamParser;
import io.wavegrid.exchange.binance.internal.parse.StreamSink;
import io.wavegrid.exchange.support.Backoff;
import io.wavegrid.exchange.support.ResilientWebSocket;
import io.wavegrid.trading.api.ExchangeException;
import io.wavegrid.trading.api.Fill;
import io.wavegrid.trading.api.Order;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Binance's user data stream: a listen key from POST /api/v3/userDataStream, kept alive by PUT, and a
 * WebSocket on it delivering executionReports. Each connection asks for a fresh key, so an expired key
 * ({@code listenKeyExpired} event or a failed keep-alive) is cured by reconnecting; after every reconnection
 * the orders last seen open are reconciled over REST so no fill is missed, and the gate drops repeats.
 */
public final class UserStream implements ResilientWebSocket.Handler, StreamSink, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(UserStream.class);

    private final BinanceRest rest;
    private final StreamParser parser;
    private final ExecutionGate gate;
    private final BinanceExecution execution;
    private final ScheduledExecutorService scheduler;
    private final ResilientWebSocket socket;
    private final ScheduledFuture<?> keepAlive;
    private volatile String listenKey;

    public UserStream(BinanceRest rest, StreamParser parser, ExecutionGate gate, BinanceExecution execution, HttpClient http,
                      ScheduledExecutorService scheduler, String wsUrl, Duration keepAliveEvery, Duration silentAfter,
                      Duration maxLifetime) {
        this.rest = rest;
        this.parser = parser;
        this.gate = gate;
        this.execution = execution;
        this.scheduler = scheduler;
        this.socket = new ResilientWebSocket("binance user stream", http, () -> URI.create(wsUrl + "/ws/" + newListenKey()),
                this, scheduler, silentAfter, maxLifetime, new Backoff(Duration.ofMillis(500), Duration.ofMinutes(1), 7));
        long every = Math.max(1, keepAliveEvery.toMillis());
        this.keepAlive = scheduler.scheduleAtFixedRate(this::keepAlive, every, every, TimeUnit.MILLISECONDS);
        socket.start();
    }

    private String newListenKey() throws ExchangeException {
        String key = rest.call("POST", "/api/v3/userDataStream", Map.of(), Security.API_KEY, 2).path("listenKey").asText();
        if (key.isEmpty()) {
            throw new ExchangeException(ExchangeException.Reason.UNAVAILABLE, "Binance returned no listen key");
        }
        listenKey = key;
        return key;
    }

    private void keepAlive() {
        String key = listenKey;
        if (key == null) {
            return;
        }
        try {
            rest.call("PUT", "/api/v3/userDataStream", Map.of("listenKey", key), Security.API_KEY, 2);
        } catch (ExchangeException e) {
            socket.reconnect("listen key keep-alive failed: " + e.getMessage());
        }
    }

    @Override
    public void onConnected(ResilientWebSocket.Outbound out, boolean reconnect) {
        if (reconnect) {
            scheduler.execute(() -> {
                try {
                    execution.reconcile();
                } catch (ExchangeException e) {
                    LOG.warn("reconciliation after reconnect failed: {}", e.getMessage());
                }
            });
        }
    }

    @Override
    public void onText(String message) {
        try {
            parser.parse(message, this);
        } catch (IOException | RuntimeException e) {
            LOG.warn("unreadable Binance user event skipped: {}", e.getMessage());
        }
    }

    @Override
    public void execution(Order order, Fill fill) {
        gate.fill(fill);
        gate.update(order);
    }

    @Override
    public void listenKeyExpired() {
        socket.reconnect("Binance says the listen key expired");
    }

    public int connections() {
        return socket.connections();
    }

    @Override
    public void close() {
        keepAlive.cancel(false);
        socket.close();
    }
}
