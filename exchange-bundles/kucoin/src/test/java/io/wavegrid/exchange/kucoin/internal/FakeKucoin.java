package io.wavegrid.exchange.kucoin.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.wavegrid.exchange.kucoin.internal.http.KucoinSigner;
import io.wavegrid.exchange.testkit.LoopbackWebSocketServer;
import io.wavegrid.exchange.testkit.LoopbackWebSocketServer.Session;
import io.wavegrid.market.api.Timeframe;

/**
 * A loopback KuCoin speaking the documented spot wire format (hand-written here) on the JDK's HTTP server:
 * symbols, 1-minute candles newest first, level 1 ticker, order book snapshots ({@link FakeKucoinBook}),
 * high-frequency orders and fills, stop orders ({@link FakeKucoinStops}), trade accounts.
 * Signed calls are verified exactly as KuCoin does for key version 2. The public WebSocket (bullet token,
 * welcome, pong) runs on {@link LoopbackWebSocketServer}, scripted per connection. Tests queue faults and fill orders.
 */
final class FakeKucoin implements AutoCloseable {

    /** A queued answer replacing the next call's. */
    record Fault(int status, String retryAfter, String body) {
    }

    static final String KEY = "test-key";
    static final String SECRET = "test-secret";
    static final String PASSPHRASE = "test-passphrase";

    final long base = Timeframe.M1.align(System.currentTimeMillis()) - 3200 * 60_000L;
    final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    final Deque<Fault> faults = new ArrayDeque<>();
    final Map<String, ObjectNode> orders = new ConcurrentHashMap<>();
    final List<ObjectNode> fills = new CopyOnWriteArrayList<>();
    final List<String> rejectedSignatures = new CopyOnWriteArrayList<>();
    volatile int remaining = 1990;
    private final AtomicInteger ids = new AtomicInteger();
    private final ObjectMapper json = new ObjectMapper();
    private final KucoinSigner signer = new KucoinSigner(SECRET, PASSPHRASE);
    final FakeKucoinBook book = new FakeKucoinBook();
    final FakeKucoinStops stops;
    final List<String> clientMessages = new CopyOnWriteArrayList<>();
    final AtomicInteger pings = new AtomicInteger();
    volatile BiConsumer<Integer, Session> streamScript = (n, s) -> { };
    volatile BiConsumer<Integer, Session> userScript = (n, s) -> { };
    private final AtomicInteger streamSessions = new AtomicInteger();
    private final AtomicInteger userSessions = new AtomicInteger();
    private final HttpServer http;
    private final LoopbackWebSocketServer ws;

    FakeKucoin() throws IOException {
        stops = new FakeKucoinStops(json);
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        http.createContext("/api/", this::handle);
        http.start();
        ws = new LoopbackWebSocketServer(new LoopbackWebSocketServer.Handler() {
            @Override
            public void onOpen(Session session) {
                if (!session.path().contains("token=bullet-")) {
                    session.drop();
                    return;
                }
                session.send("{\"id\":\"welcome\",\"type\":\"welcome\"}");
                boolean user = session.path().contains("token=bullet-private-");
                int n = (user ? userSessions : streamSessions).incrementAndGet();
                BiConsumer<Integer, Session> play = user ? userScript : streamScript;
                // the script waits for the client's subscriptions, which this connection's thread must read meanwhile
                Thread script = new Thread(() -> play.accept(n, session), "fake-kucoin-script-" + n);
                script.setDaemon(true);
                script.start();
            }

            @Override
            public void onMessage(Session session, String text) {
                clientMessages.add(text);
                if (text.contains("\"ping\"")) {
                    pings.incrementAndGet();
                    session.send("{\"id\":\"p\",\"type\":\"pong\"}");
                }
            }
        });
    }

    /** A candle topic update of the bar opening at {@code openTime}, with the values of {@link #bar}. */
    String candleUpdate(long openTime) {
        double[] b = bar((int) ((openTime - base) / 60_000));
        return "{\"type\":\"message\",\"topic\":\"/market/candles:BTC-USDT_1min\",\"subject\":\"trade.candles.update\","
                + "\"data\":{\"symbol\":\"BTC-USDT\",\"candles\":[\"" + openTime / 1000 + "\",\"" + b[0] + "\",\"" + b[1]
                + "\",\"" + b[2] + "\",\"" + b[3] + "\",\"" + b[4] + "\",\"0\"],\"time\":" + openTime * 1_000_000 + "}}";
    }

    static String match(String tradeId, long timeMillis) {
        return "{\"type\":\"message\",\"topic\":\"/market/match:BTC-USDT\",\"subject\":\"trade.l3match\",\"data\":{"
                + "\"price\":\"30000.1\",\"sequence\":\"1\",\"side\":\"sell\",\"size\":\"0.5\",\"symbol\":\"BTC-USDT\","
                + "\"tradeId\":\"" + tradeId + "\",\"time\":\"" + timeMillis * 1_000_000 + "\",\"type\":\"match\"}}";
    }

    int streamSessions() {
        return streamSessions.get();
    }

    int userSessions() {
        return userSessions.get();
    }

    /** A {@code /spotMarket/tradeOrdersV2} change of an order, as KuCoin pushes it. */
    String orderChange(String orderId, String type) {
        ObjectNode o = orders.get(orderId);
        return "{\"topic\":\"/spotMarket/tradeOrdersV2\",\"type\":\"message\",\"subject\":\"orderChange\",\"channelType\":\"private\","
                + "\"data\":{\"clientOid\":\"" + o.path("clientOid").asText() + "\",\"orderId\":\"" + orderId
                + "\",\"side\":\"buy\",\"status\":\"match\",\"symbol\":\"BTC-USDT\",\"ts\":1,\"type\":\"" + type + "\"}}";
    }

    String restUrl() {
        return "http://127.0.0.1:" + http.getAddress().getPort();
    }

    int calls(String path) {
        return calls.getOrDefault(path, new AtomicInteger()).get();
    }

    synchronized void fault(int status, String retryAfter, String body) {
        faults.add(new Fault(status, retryAfter, body));
    }

    /** Closed 1-minute bar {@code i} after {@link #base}: deterministic and valid. */
    static double[] bar(int i) {
        double open = 30_000 + i;
        return new double[] {open, open + 0.5, open + 3, open - 2, 1 + i % 7};
    }

    /** The stop order's trigger was reached: KuCoin places it as an ordinary order under the same clientOid. */
    String trigger(String clientOid) {
        ObjectNode stop = stops.byClientOid(clientOid).orElseThrow();
        stops.waiting.remove(stop.path("id").asText());
        place(stop);
        return orders.values().stream().filter(o -> o.path("clientOid").asText().equals(clientOid)).findFirst().orElseThrow()
                .path("id").asText();
    }

    /** Executes {@code size} of an order at {@code price}, as the matching engine would. */
    void fill(String orderId, String size, String price, boolean maker) {
        ObjectNode o = orders.get(orderId);
        BigDecimal dealSize = new BigDecimal(o.path("dealSize").asText()).add(new BigDecimal(size));
        BigDecimal funds = new BigDecimal(size).multiply(new BigDecimal(price));
        o.put("dealSize", dealSize.toPlainString());
        o.put("dealFunds", new BigDecimal(o.path("dealFunds").asText()).add(funds).toPlainString());
        o.put("active", dealSize.compareTo(new BigDecimal(o.path("size").asText())) < 0);
        o.put("lastUpdatedAt", System.currentTimeMillis());
        ObjectNode f = json.createObjectNode();
        f.put("id", ids.incrementAndGet()).put("orderId", orderId).put("tradeId", 11_000_000L + fills.size())
                .put("symbol", o.path("symbol").asText()).put("side", o.path("side").asText())
                .put("liquidity", maker ? "maker" : "taker").put("price", price).put("size", size)
                .put("funds", funds.toPlainString()).put("fee", funds.multiply(new BigDecimal("0.001")).toPlainString())
                .put("feeCurrency", "USDT").put("createdAt", System.currentTimeMillis());
        fills.add(f);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            calls.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            Fault fault;
            synchronized (this) {
                fault = faults.poll();
            }
            if (fault != null) {
                if (fault.retryAfter() != null) {
                    exchange.getResponseHeaders().add("Retry-After", fault.retryAfter());
                }
                reply(exchange, fault.status(), fault.body());
                return;
            }
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            if (path.equals("/api/v1/bullet-public")) {
                ObjectNode data = json.createObjectNode().put("token", "bullet-" + ids.incrementAndGet());
                data.putArray("instanceServers").addObject().put("endpoint", ws.url() + "/").put("encrypt", false)
                        .put("protocol", "websocket").put("pingInterval", 150).put("pingTimeout", 150);
                reply(exchange, 200, ok(data));
            } else if (path.startsWith("/api/v1/market") || path.equals("/api/v2/symbols")) {
                reply(exchange, 200, ok(market(path, query)));
            } else if (!signed(exchange, body)) {
                reply(exchange, 401, "{\"code\":\"400005\",\"msg\":\"Invalid KC-API-SIGN\"}");
            } else {
                reply(exchange, 200, account(exchange.getRequestMethod(), path, query, body));
            }
        }
    }

    private JsonNode market(String path, Map<String, String> query) {
        return switch (path) {
            case "/api/v2/symbols" -> json.createArrayNode().add(symbol("BTC", "USDT", "0.00000001", "0.1", "0.00001", "0.1", true))
                    .add(symbol("ETH", "BTC", "0.0000001", "0.000001", "0.0001", "0.00001", false));
            case "/api/v1/market/candles" -> candles(Long.parseLong(query.get("startAt")), Long.parseLong(query.get("endAt")));
            case "/api/v1/market/orderbook/level1" -> json.createObjectNode().put("time", System.currentTimeMillis())
                    .put("sequence", "14609309753").put("price", "30100.5").put("size", "0.01")
                    .put("bestBid", "30100.4").put("bestBidSize", "1").put("bestAsk", "30100.6").put("bestAskSize", "2");
            case "/api/v1/market/orderbook/level2_100" -> book.snapshot(json, 100);
            case "/api/v1/market/orderbook/level2_20" -> book.snapshot(json, 20);
            default -> json.nullNode();
        };
    }

    private ObjectNode symbol(String baseAsset, String quote, String baseIncrement, String priceIncrement, String baseMin,
                              String minFunds, boolean trading) {
        return json.createObjectNode().put("symbol", baseAsset + "-" + quote).put("baseCurrency", baseAsset)
                .put("quoteCurrency", quote).put("baseIncrement", baseIncrement).put("priceIncrement", priceIncrement)
                .put("baseMinSize", baseMin).put("minFunds", minFunds).put("quoteMinSize", "0.1").put("enableTrading", trading);
    }

    /** KuCoin's candles: rows whose time is within [startAt, endAt] seconds, at most 1500, newest first. */
    private ArrayNode candles(long startAt, long endAt) {
        ArrayNode rows = json.createArrayNode();
        long now = System.currentTimeMillis();
        for (long t = Timeframe.M1.align(Math.min(endAt * 1000, now)); t >= startAt * 1000 && t >= base && rows.size() < 1500; t -= 60_000) {
            double[] b = bar((int) ((t - base) / 60_000));
            rows.addArray().add(Long.toString(t / 1000)).add(Double.toString(b[0])).add(Double.toString(b[1]))
                    .add(Double.toString(b[2])).add(Double.toString(b[3])).add(Double.toString(b[4])).add("0");
        }
        return rows;
    }

    private String account(String method, String path, Map<String, String> query, String body) throws IOException {
        if (path.equals("/api/v1/bullet-private")) {
            ObjectNode data = json.createObjectNode().put("token", "bullet-private-" + ids.incrementAndGet());
            data.putArray("instanceServers").addObject().put("endpoint", ws.url() + "/").put("encrypt", false)
                    .put("protocol", "websocket").put("pingInterval", 150).put("pingTimeout", 150);
            return ok(data);
        }
        if (path.startsWith("/api/v1/stop-order")) {
            Object answer = stops.handle(method, path, query, body);
            return answer instanceof JsonNode data ? ok(data) : (String) answer;
        }
        if (path.equals("/api/v3/market/orderbook/level2")) {
            return ok(book.snapshot(json, Integer.MAX_VALUE));
        }
        if (path.equals("/api/v1/accounts")) {
            ArrayNode data = json.createArrayNode();
            data.addObject().put("id", "1").put("currency", "USDT").put("type", "trade").put("balance", "1000.5")
                    .put("available", "900.5").put("holds", "100");
            data.addObject().put("id", "2").put("currency", "BTC").put("type", "trade").put("balance", "0")
                    .put("available", "0").put("holds", "0");
            return ok(data);
        }
        if (path.equals("/api/v1/hf/fills")) {
            ArrayNode items = json.createArrayNode();
            fills.stream().filter(f -> f.path("orderId").asText().equals(query.get("orderId"))).forEach(items::add);
            ObjectNode data = json.createObjectNode();
            data.set("items", items);
            return ok(data);
        }
        if (path.equals("/api/v1/hf/orders") && method.equals("POST")) {
            return place(json.readTree(body));
        }
        if (path.equals("/api/v1/hf/orders/active/symbols")) {
            ObjectNode data = json.createObjectNode();
            ArrayNode symbols = data.putArray("symbols");
            orders.values().stream().filter(o -> o.path("active").asBoolean()).map(o -> o.path("symbol").asText())
                    .distinct().forEach(symbols::add);
            return ok(data);
        }
        if (path.equals("/api/v1/hf/orders/active")) {
            ArrayNode data = json.createArrayNode();
            orders.values().stream().filter(o -> o.path("active").asBoolean()
                    && o.path("symbol").asText().equals(query.get("symbol"))).forEach(data::add);
            return ok(data);
        }
        boolean byClient = path.startsWith("/api/v1/hf/orders/client-order/");
        String id = path.substring(path.lastIndexOf('/') + 1);
        ObjectNode order = byClient ? orders.values().stream().filter(o -> o.path("clientOid").asText().equals(id)).findFirst().orElse(null)
                : orders.get(id);
        if (order == null || !order.path("symbol").asText().equals(query.get("symbol"))) {
            return "{\"code\":\"400100\",\"msg\":\"order not exist.\"}";
        }
        if (method.equals("DELETE")) {
            order.put("active", false).put("cancelExist", true);
            return ok(byClient ? json.createObjectNode().put("clientOid", id) : json.createObjectNode().put("orderId", id));
        }
        return ok(order);
    }

    private String place(JsonNode request) {
        String clientOid = request.path("clientOid").asText();
        if (orders.values().stream().anyMatch(o -> o.path("clientOid").asText().equals(clientOid))) {
            return "{\"code\":\"400100\",\"msg\":\"The clientOid already exists, please use another clientOid\"}";
        }
        if (new BigDecimal(request.path("size").asText()).compareTo(new BigDecimal("0.00001")) < 0) {
            return "{\"code\":\"400100\",\"msg\":\"Order size below the minimum requirement.\"}";
        }
        String id = String.format("670fd33bf9406e%010d", ids.incrementAndGet());
        ObjectNode order = json.createObjectNode().put("id", id).put("clientOid", clientOid)
                .put("symbol", request.path("symbol").asText()).put("type", request.path("type").asText())
                .put("side", request.path("side").asText()).put("price", request.path("price").asText("0"))
                .put("size", request.path("size").asText()).put("dealSize", "0").put("dealFunds", "0")
                .put("timeInForce", request.path("timeInForce").asText("GTC")).put("active", true).put("cancelExist", false)
                .put("createdAt", System.currentTimeMillis()).put("lastUpdatedAt", System.currentTimeMillis());
        orders.put(id, order);
        return ok(json.createObjectNode().put("orderId", id).put("clientOid", clientOid));
    }

    private boolean signed(HttpExchange exchange, String body) {
        var h = exchange.getRequestHeaders();
        String uri = exchange.getRequestURI().getRawPath()
                + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
        String expected = signer.sign(h.getFirst("KC-API-TIMESTAMP") + exchange.getRequestMethod() + uri + body);
        boolean ok = KEY.equals(h.getFirst("KC-API-KEY")) && expected.equals(h.getFirst("KC-API-SIGN"))
                && signer.passphrase().equals(h.getFirst("KC-API-PASSPHRASE")) && "2".equals(h.getFirst("KC-API-KEY-VERSION"));
        if (!ok) {
            rejectedSignatures.add(uri);
        }
        return ok;
    }

    private String ok(JsonNode data) {
        ObjectNode answer = json.createObjectNode().put("code", "200000");
        answer.set("data", data);
        return answer.toString();
    }

    private void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.getResponseHeaders().add("gw-ratelimit-limit", "2000");
        exchange.getResponseHeaders().add("gw-ratelimit-remaining", Integer.toString(remaining));
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
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

    @Override
    public void close() throws IOException {
        try {
            ws.close();
        } finally {
            http.stop(0);
        }
    }
}
