package io.wavegrid.exchange.binance.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.wavegrid.exchange.testkit.LoopbackWebSocketServer;
import io.wavegrid.exchange.testkit.LoopbackWebSocketServer.Session;
import io.wavegrid.market.api.Timeframe;

/**
 * A loopback Binance speaking the documented spot wire format (hand-written here): REST on the JDK's HTTP
 * server, streams on {@link LoopbackWebSocketServer}. Tests script the streams per connection and queue
 * REST faults (429/418 with Retry-After, an unknown answer for a duplicate order).
 */
final class FakeBinance implements AutoCloseable {

    /** A queued answer replacing the next REST call's. */
    record Fault(int status, String retryAfter, String body) {
    }

    static final String SECRET = "test-secret";

    final long base = Timeframe.M1.align(System.currentTimeMillis()) - 50 * 60_000L;
    final int closedBars = 50;
    final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    final Deque<Fault> faults = new ArrayDeque<>();
    volatile int usedWeight = 1;
    final NavigableMap<BigDecimal, BigDecimal> bids = new TreeMap<>(Collections.reverseOrder());
    final NavigableMap<BigDecimal, BigDecimal> asks = new TreeMap<>();
    volatile long bookUpdateId = 100;
    final Map<String, String> orders = new ConcurrentHashMap<>();
    final List<String> myTrades = new CopyOnWriteArrayList<>();
    final List<String> listenKeys = new CopyOnWriteArrayList<>();
    final List<String> signedQueries = new CopyOnWriteArrayList<>();
    volatile String newOrderAnswer;
    volatile BiConsumer<Integer, Session> streamScript = (n, s) -> { };
    volatile BiConsumer<Integer, Session> userScript = (n, s) -> { };
    private final AtomicInteger streamSessions = new AtomicInteger();
    private final AtomicInteger userSessions = new AtomicInteger();
    private final HttpServer http;
    private final LoopbackWebSocketServer ws;

    FakeBinance() throws IOException {
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        http.createContext("/api/v3/", this::handle);
        http.start();
        ws = new LoopbackWebSocketServer(session -> {
            if (session.path().startsWith("/stream")) {
                streamScript.accept(streamSessions.incrementAndGet(), session);
            } else {
                userScript.accept(userSessions.incrementAndGet(), session);
            }
        });
    }

    String restUrl() {
        return "http://127.0.0.1:" + http.getAddress().getPort();
    }

    String wsUrl() {
        return ws.url();
    }

    int calls(String path) {
        return calls.computeIfAbsent(path, p -> new AtomicInteger()).get();
    }

    int streamSessions() {
        return streamSessions.get();
    }

    int userSessions() {
        return userSessions.get();
    }

    static String kline(long open, String o, String h, String l, String c, String v, boolean closed) {
        return "{\"stream\":\"btcusdt@kline_1m\",\"data\":{\"e\":\"kline\",\"E\":" + (open + 60_000) + ",\"s\":\"BTCUSDT\",\"k\":{"
                + "\"t\":" + open + ",\"T\":" + (open + 59_999) + ",\"s\":\"BTCUSDT\",\"i\":\"1m\",\"f\":100,\"L\":200,"
                + "\"o\":\"" + o + "\",\"c\":\"" + c + "\",\"h\":\"" + h + "\",\"l\":\"" + l + "\",\"v\":\"" + v + "\","
                + "\"n\":100,\"x\":" + closed + ",\"q\":\"1.0\",\"V\":\"5\",\"Q\":\"0.5\",\"B\":\"0\"}}}";
    }

    /** The REST truth of bar i: the stream's closed klines must match it. */
    String bar(int i) {
        return kline(base + i * 60_000L, price(i), price(i + 2), price(i - 2), price(i + 1), "1" + i + ".5", true);
    }

    static String price(int i) {
        return (40_000 + i) + ".00";
    }

    static String depth(long first, long last, String bids, String asks) {
        return "{\"stream\":\"btcusdt@depth@100ms\",\"data\":{\"e\":\"depthUpdate\",\"E\":1700000000000,\"s\":\"BTCUSDT\","
                + "\"U\":" + first + ",\"u\":" + last + ",\"b\":[" + bids + "],\"a\":[" + asks + "]}}";
    }

    /** Applies a diff to the true book (whether or not it is sent) and returns it as a stream message. */
    synchronized String diff(long first, long last, String[][] bidLevels, String[][] askLevels) {
        apply(bids, bidLevels);
        apply(asks, askLevels);
        bookUpdateId = last;
        return depth(first, last, levels(bidLevels), levels(askLevels));
    }

    private static void apply(NavigableMap<BigDecimal, BigDecimal> side, String[][] levels) {
        for (String[] l : levels) {
            BigDecimal qty = new BigDecimal(l[1]);
            if (qty.signum() == 0) {
                side.remove(new BigDecimal(l[0]));
            } else {
                side.put(new BigDecimal(l[0]), qty);
            }
        }
    }

    private static String levels(String[][] levels) {
        StringBuilder text = new StringBuilder();
        for (String[] l : levels) {
            text.append(text.length() == 0 ? "" : ",").append("[\"").append(l[0]).append("\",\"").append(l[1]).append("\"]");
        }
        return text.toString();
    }

    private synchronized String snapshot() {
        StringBuilder b = new StringBuilder();
        bids.forEach((p, q) -> b.append(b.length() == 0 ? "" : ",").append("[\"").append(p.toPlainString()).append("\",\"").append(q.toPlainString()).append("\"]"));
        StringBuilder a = new StringBuilder();
        asks.forEach((p, q) -> a.append(a.length() == 0 ? "" : ",").append("[\"").append(p.toPlainString()).append("\",\"").append(q.toPlainString()).append("\"]"));
        return "{\"lastUpdateId\":" + bookUpdateId + ",\"bids\":[" + b + "],\"asks\":[" + a + "]}";
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        calls.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        Map<String, String> q = query(exchange.getRequestURI().getRawQuery());
        if (q.containsKey("signature")) {
            signedQueries.add(exchange.getRequestURI().getRawQuery());
        }
        exchange.getResponseHeaders().add("X-MBX-USED-WEIGHT-1M", Integer.toString(usedWeight));
        Fault fault;
        synchronized (faults) {
            fault = faults.poll();
        }
        if (fault != null) {
            if (fault.retryAfter() != null) {
                exchange.getResponseHeaders().add("Retry-After", fault.retryAfter());
            }
            respond(exchange, fault.status(), fault.body());
            return;
        }
        String method = exchange.getRequestMethod();
        switch (method + " " + path) {
            case "GET /api/v3/exchangeInfo" -> respond(exchange, 200, EXCHANGE_INFO);
            case "GET /api/v3/klines" -> respond(exchange, 200, klines(q));
            case "GET /api/v3/depth" -> respond(exchange, 200, snapshot());
            case "POST /api/v3/userDataStream" -> {
                String key = "listen-key-" + (listenKeys.size() + 1);
                listenKeys.add(key);
                respond(exchange, 200, "{\"listenKey\":\"" + key + "\"}");
            }
            case "PUT /api/v3/userDataStream" -> respond(exchange, 200, "{}");
            case "POST /api/v3/order" -> respond(exchange, 200, newOrderAnswer);
            case "GET /api/v3/order" -> {
                String order = orders.get(q.get("origClientOrderId"));
                respond(exchange, order == null ? 400 : 200, order == null ? "{\"code\":-2013,\"msg\":\"Order does not exist.\"}" : order);
            }
            case "GET /api/v3/myTrades" -> respond(exchange, 200, "[" + String.join(",", myTrades.stream()
                    .filter(t -> q.get("orderId") == null || t.contains("\"orderId\":" + q.get("orderId") + ",")).toList()) + "]");
            default -> respond(exchange, 404, "{\"code\":-1,\"msg\":\"unknown path " + path + "\"}");
        }
    }

    private String klines(Map<String, String> q) {
        long start = Long.parseLong(q.get("startTime"));
        long end = Long.parseLong(q.get("endTime"));
        int limit = Integer.parseInt(q.get("limit"));
        StringBuilder rows = new StringBuilder();
        int n = 0;
        for (int i = 0; i < closedBars && n < limit; i++) {
            long open = base + i * 60_000L;
            if (open >= start && open <= end) {
                rows.append(n++ == 0 ? "" : ",").append("[").append(open).append(",\"").append(price(i)).append("\",\"")
                        .append(price(i + 2)).append("\",\"").append(price(i - 2)).append("\",\"").append(price(i + 1))
                        .append("\",\"1").append(i).append(".5\",").append(open + 59_999).append(",\"1.0\",100,\"5\",\"0.5\",\"0\"]");
            }
        }
        return "[" + rows + "]";
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> params = new LinkedHashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                params.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return params;
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() throws IOException {
        http.stop(0);
        ws.close();
    }

    static final String EXCHANGE_INFO = "{\"timezone\":\"UTC\",\"serverTime\":1700000000000,"
            + "\"rateLimits\":[{\"rateLimitType\":\"REQUEST_WEIGHT\",\"interval\":\"MINUTE\",\"intervalNum\":1,\"limit\":6000},"
            + "{\"rateLimitType\":\"ORDERS\",\"interval\":\"SECOND\",\"intervalNum\":10,\"limit\":100}],"
            + "\"symbols\":[{\"symbol\":\"BTCUSDT\",\"status\":\"TRADING\",\"baseAsset\":\"BTC\",\"quoteAsset\":\"USDT\","
            + "\"filters\":[{\"filterType\":\"PRICE_FILTER\",\"minPrice\":\"0.01000000\",\"maxPrice\":\"1000000.00000000\",\"tickSize\":\"0.01000000\"},"
            + "{\"filterType\":\"LOT_SIZE\",\"minQty\":\"0.00001000\",\"maxQty\":\"9000.00000000\",\"stepSize\":\"0.00001000\"},"
            + "{\"filterType\":\"NOTIONAL\",\"minNotional\":\"5.00000000\",\"applyMinToMarket\":true,\"maxNotional\":\"9000000.00000000\"}]},"
            + "{\"symbol\":\"ETHBTC\",\"status\":\"BREAK\",\"baseAsset\":\"ETH\",\"quoteAsset\":\"BTC\",\"filters\":["
            + "{\"filterType\":\"PRICE_FILTER\",\"tickSize\":\"0.00001000\"},{\"filterType\":\"LOT_SIZE\",\"minQty\":\"0.00010000\",\"stepSize\":\"0.00010000\"},"
            + "{\"filterType\":\"MIN_NOTIONAL\",\"minNotional\":\"0.00010000\"}]}]}";
}
