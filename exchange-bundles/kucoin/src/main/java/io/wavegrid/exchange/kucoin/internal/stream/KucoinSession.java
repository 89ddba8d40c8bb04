package io.wavegrid.exchange.kucoin.internal.stream;

import java.net.URI;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.wavegrid.exchange.kucoin.internal.http.KucoinRest;
import io.wavegrid.exchange.support.ResilientWebSocket;

/**
 * KuCoin's WebSocket session protocol, common to the public and private streams: a fresh bullet token per
 * connection, a ping at the token's interval, and the topics subscribed once KuCoin's welcome arrived.
 */
public final class KucoinSession implements ResilientWebSocket.Endpoint {

    private final KucoinRest rest;
    private final boolean privateChannel;
    private final List<String> topics;
    private final ScheduledExecutorService scheduler;
    private final AtomicLong ids = new AtomicLong();
    private volatile long pingIntervalMs;
    private ScheduledFuture<?> pinger;
    private ResilientWebSocket.Outbound out;

    public KucoinSession(KucoinRest rest, boolean privateChannel, List<String> topics, ScheduledExecutorService scheduler) {
        this.rest = rest;
        this.privateChannel = privateChannel;
        this.topics = List.copyOf(topics);
        this.scheduler = scheduler;
    }

    @Override
    public URI next() throws Exception {
        Bullet bullet = Bullet.fetch(rest, privateChannel);
        pingIntervalMs = bullet.pingIntervalMs();
        return bullet.uri();
    }

    /** A connection opened: pings start on it. */
    public synchronized void connected(ResilientWebSocket.Outbound connection) {
        stop();
        out = connection;
        long interval = Math.max(100, pingIntervalMs);
        pinger = scheduler.scheduleAtFixedRate(() -> connection.send("{\"id\":\"" + ids.incrementAndGet() + "\",\"type\":\"ping\"}"),
                interval, interval, TimeUnit.MILLISECONDS);
    }

    /** KuCoin greeted the connection: the topics may be subscribed now. */
    public synchronized void welcomed() {
        for (String topic : topics) {
            out.send("{\"id\":\"" + ids.incrementAndGet() + "\",\"type\":\"subscribe\",\"topic\":\"" + topic
                    + "\",\"privateChannel\":" + privateChannel + ",\"response\":true}");
        }
    }

    public synchronized void stop() {
        if (pinger != null) {
            pinger.cancel(false);
        }
    }
}
