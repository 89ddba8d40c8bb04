package io.wavegrid.exchange.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.wavegrid.exchange.testkit.LoopbackWebSocketServer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ResilientWebSocketTest {

    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
    private final BlockingQueue<String> received = new LinkedBlockingQueue<>();
    private final List<Boolean> connects = new CopyOnWriteArrayList<>();
    private LoopbackWebSocketServer server;
    private ResilientWebSocket socket;

    @AfterEach
    void stop() throws Exception {
        if (socket != null) {
            socket.close();
        }
        if (server != null) {
            server.close();
        }
        scheduler.shutdownNow();
    }

    @Test
    void reconnectsAfterADropAndAfterSilenceAndSubscribesEachTime() throws Exception {
        server = new LoopbackWebSocketServer(session -> session.send("hello " + session.path()));
        socket = open(Duration.ofMillis(600), Duration.ofHours(23));

        assertEquals("hello /ws/1", received.poll(5, TimeUnit.SECONDS));
        server.sessions().get(0).drop();
        assertEquals("hello /ws/2", received.poll(5, TimeUnit.SECONDS), "reconnected after a drop, with a fresh endpoint");
        // the server now stays silent: after 600 ms the stream counts as dead
        assertEquals("hello /ws/3", received.poll(5, TimeUnit.SECONDS), "reconnected after silence");
        assertEquals(List.of(false, true, true), connects.subList(0, 3));
    }

    @Test
    void renewsTheConnectionBeforeItsMaximumLifetime() throws Exception {
        server = new LoopbackWebSocketServer(session -> session.send("hello " + session.path()));
        socket = open(Duration.ofSeconds(30), Duration.ofMillis(700));
        assertEquals("hello /ws/1", received.poll(5, TimeUnit.SECONDS));
        assertEquals("hello /ws/2", received.poll(5, TimeUnit.SECONDS));
        assertTrue(socket.connections() >= 2);
    }

    @Test
    void messagesSentInARowAllArriveInOrder() throws Exception {
        BlockingQueue<String> atServer = new LinkedBlockingQueue<>();
        server = new LoopbackWebSocketServer(new LoopbackWebSocketServer.Handler() {
            @Override
            public void onOpen(LoopbackWebSocketServer.Session session) {
            }

            @Override
            public void onMessage(LoopbackWebSocketServer.Session session, String text) {
                atServer.add(text);
            }
        });
        int[] counter = {0};
        socket = new ResilientWebSocket("test", HttpClient.newHttpClient(), () -> URI.create(server.url() + "/ws/" + ++counter[0]),
                new ResilientWebSocket.Handler() {
                    @Override
                    public void onConnected(ResilientWebSocket.Outbound out, boolean reconnect) {
                        for (int i = 0; i < 200; i++) {
                            out.send("subscribe " + i);
                        }
                    }

                    @Override
                    public void onText(String message) {
                    }
                }, scheduler, Duration.ofSeconds(30), Duration.ofHours(23), new Backoff(Duration.ofMillis(20), Duration.ofMillis(200), 1)).start();
        for (int i = 0; i < 200; i++) {
            assertEquals("subscribe " + i, atServer.poll(5, TimeUnit.SECONDS));
        }
    }

    private ResilientWebSocket open(Duration silentAfter, Duration lifetime) {
        int[] counter = {0};
        return new ResilientWebSocket("test", HttpClient.newHttpClient(),
                () -> URI.create(server.url() + "/ws/" + ++counter[0]),
                new ResilientWebSocket.Handler() {
                    @Override
                    public void onConnected(ResilientWebSocket.Outbound out, boolean reconnect) {
                        connects.add(reconnect);
                    }

                    @Override
                    public void onText(String message) {
                        received.add(message);
                    }
                }, scheduler, silentAfter, lifetime, new Backoff(Duration.ofMillis(20), Duration.ofMillis(200), 1)).start();
    }
}
