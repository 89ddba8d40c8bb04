package io.wavegrid.exchange.binance.internal.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.wavegrid.exchange.binance.internal.market.CandleContinuity;
import io.wavegrid.exchange.binance.internal.market.MarketSubscription;
import io.wavegrid.exchange.binance.internal.market.OrderBookSync;
import io.wavegrid.exchange.binance.internal.parse.StreamParser;
import io.wavegrid.exchange.support.Backoff;
import io.wavegrid.exchange.support.ResilientWebSocket;
import io.wavegrid.exchange.testkit.LoopbackWebSocketServer;
import io.wavegrid.market.api.Candle;
import io.wavegrid.market.api.MarketDataListener;
import io.wavegrid.market.api.OrderBook;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Timeframe;
import io.wavegrid.market.api.Trade;

/**
 * Wire to kernel from the socket read: a loopback fake Binance pushes trade and diff-depth frames as fast as the
 * client takes them; the client is the adapter's own stream path ({@link ResilientWebSocket} on the JDK
 * WebSocket, {@link MarketSubscription}, {@link StreamParser}, {@link OrderBookSync}). The clock starts when the
 * WebSocket callback hands over a complete frame and stops when the trade or the updated {@link OrderBook} reaches
 * the {@link MarketDataListener} that stands for the kernel. Prints p50/p99/p99.9 and messages/s, against a
 * baseline measured in the same run: the same frames taken by a handler that only counts them (what the socket
 * and the fake can deliver at all). Run with {@code mvn -Pbench -pl exchange-bundles/binance -am verify -DskipTests}.
 */
public final class WireBenchmark {

    private static final int MESSAGES = 400_000;
    private static final Symbol BTC = new Symbol("BTC", "USDT");

    public static void main(String[] args) throws Exception {
        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(1);
        try {
            for (int round = 0; round < 2; round++) { // the first round warms up the JIT
                double baseline = run(scheduler, null);
                long[] latencies = new long[MESSAGES];
                double measured = run(scheduler, latencies);
                if (round == 1) {
                    long[] seen = Arrays.stream(latencies).filter(l -> l > 0).sorted().toArray();
                    System.out.printf("wire to listener: %,.0f msg/s; baseline (frames counted only) %,.0f msg/s; ratio %.2f%n",
                            measured, baseline, measured / baseline);
                    System.out.printf("frame callback to listener over %,d events: p50 %.2f us, p99 %.2f us, p99.9 %.2f us%n",
                            seen.length, percentile(seen, 0.50), percentile(seen, 0.99), percentile(seen, 0.999));
                }
            }
        } finally {
            scheduler.shutdownNow();
        }
    }

    /** One connection of {@link #MESSAGES} frames; with {@code latencies} null the frames are only counted. */
    private static double run(ScheduledExecutorService scheduler, long[] latencies) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        Timing timing = new Timing(latencies, done);
        ResilientWebSocket.Handler handler = latencies == null ? timing : timing.around(subscription(scheduler, timing));
        try (LoopbackWebSocketServer server = new LoopbackWebSocketServer(session -> {
            Thread pusher = new Thread(() -> push(session), "fake-binance-pusher");
            pusher.setDaemon(true);
            pusher.start();
        })) {
            ResilientWebSocket socket = new ResilientWebSocket("bench", HttpClient.newHttpClient(), () -> URI.create(server.url() + "/stream"),
                    handler, scheduler, Duration.ofMinutes(1), Duration.ofHours(23), new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(1), 1));
            try {
                socket.start();
                if (!done.await(5, TimeUnit.MINUTES)) {
                    throw new IllegalStateException("only " + timing.frames + " of " + MESSAGES + " frames arrived");
                }
                return MESSAGES / ((timing.lastNanos - timing.firstNanos) / 1e9);
            } finally {
                socket.close();
            }
        }
    }

    private static MarketSubscription subscription(ScheduledExecutorService scheduler, MarketDataListener kernel) {
        CandleContinuity candles = new CandleContinuity(Timeframe.M1, (from, to) -> List.of(), kernel::onCandle, System::currentTimeMillis);
        OrderBookSync book = new OrderBookSync(BTC, 20, () -> new OrderBookSync.Snapshot(0, List.of(), List.of()), scheduler,
                kernel::onOrderBook, System::currentTimeMillis);
        return new MarketSubscription(BTC, kernel, new StreamParser(code -> BTC), candles, book);
    }

    /** Even frames are trades, odd ones depth diffs continuing the previous one, as Binance's combined stream sends them. */
    private static void push(LoopbackWebSocketServer.Session session) {
        for (int i = 0; i < MESSAGES && session.isOpen(); i++) {
            int k = i / 2;
            String frame = i % 2 == 0
                    ? "{\"stream\":\"btcusdt@trade\",\"data\":{\"e\":\"trade\",\"E\":1700000000000,\"s\":\"BTCUSDT\",\"t\":" + (k + 1)
                            + ",\"p\":\"4" + (1000 + k % 1000) + ".12\",\"q\":\"0.00" + (100 + k % 900) + "\",\"T\":1700000000000,\"m\":"
                            + (k % 2 == 0) + ",\"M\":true}}"
                    : "{\"stream\":\"btcusdt@depth@100ms\",\"data\":{\"e\":\"depthUpdate\",\"E\":1700000000000,\"s\":\"BTCUSDT\",\"U\":"
                            + (10L * k + 1) + ",\"u\":" + (10L * k + 10) + ",\"b\":[[\"4" + (1000 + k % 50) + ".10\",\"0.5\"],[\"4"
                            + (1000 + (k + 25) % 50) + ".10\",\"0\"]],\"a\":[[\"4" + (1100 + k % 50) + ".10\",\"1.25\"]]}}";
            session.send(frame);
        }
    }

    private static double percentile(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) (sorted.length * p))] / 1000.0;
    }

    /** Takes the frame's time in the socket's callback and the event's when the kernel's listener is reached. */
    private static final class Timing implements ResilientWebSocket.Handler, MarketDataListener {
        private final long[] latencies;
        private final CountDownLatch done;
        private ResilientWebSocket.Handler inner;
        private long frameNanos;
        private long firstNanos;
        private long lastNanos;
        private int frames;

        Timing(long[] latencies, CountDownLatch done) {
            this.latencies = latencies;
            this.done = done;
        }

        Timing around(ResilientWebSocket.Handler subscription) {
            this.inner = subscription;
            return this;
        }

        @Override
        public void onConnected(ResilientWebSocket.Outbound out, boolean reconnect) {
            if (inner != null) {
                inner.onConnected(out, reconnect);
            }
        }

        @Override
        public void onText(String message) {
            frameNanos = System.nanoTime();
            if (frames == 0) {
                firstNanos = frameNanos;
            }
            if (inner != null) {
                inner.onText(message);
            }
            frames++;
            if (frames == MESSAGES) {
                lastNanos = System.nanoTime();
                done.countDown();
            }
        }

        @Override
        public void onTrade(Trade trade) {
            latencies[frames] = System.nanoTime() - frameNanos;
        }

        @Override
        public void onOrderBook(OrderBook book) {
            latencies[frames] = System.nanoTime() - frameNanos;
        }

        @Override
        public void onCandle(Candle candle) {
            // no klines in this stream
        }
    }
}
