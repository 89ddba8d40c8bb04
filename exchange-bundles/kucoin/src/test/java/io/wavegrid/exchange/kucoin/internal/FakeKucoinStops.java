package io.wavegrid.exchange.kucoin.internal;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The fake KuCoin's stop orders ({@code /api/v1/stop-order}, documented wire format): placed, listed, read by
 * order id and by clientOid, cancelled by clientOid. A stop order that triggers leaves this endpoint;
 * {@link FakeKucoin#trigger} places the ordinary order in its place, as KuCoin does.
 */
final class FakeKucoinStops {

    final Map<String, ObjectNode> waiting = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final ObjectMapper json;

    FakeKucoinStops(ObjectMapper json) {
        this.json = json;
    }

    /** The answer's {@code data}, or an error answer's text when the call is refused. */
    Object handle(String method, String path, Map<String, String> query, String body) throws java.io.IOException {
        if (path.equals("/api/v1/stop-order") && method.equals("POST")) {
            return place(json.readTree(body));
        }
        if (path.equals("/api/v1/stop-order")) {
            ObjectNode page = json.createObjectNode().put("currentPage", 1).put("pageSize", 500).put("totalNum", waiting.size());
            ArrayNode items = page.putArray("items");
            waiting.values().forEach(items::add);
            return page;
        }
        if (path.equals("/api/v1/stop-order/queryOrderByClientOid")) {
            ArrayNode list = json.createArrayNode();
            byClientOid(query.get("clientOid")).filter(o -> o.path("symbol").asText().equals(query.get("symbol"))).ifPresent(list::add);
            return list;
        }
        if (path.equals("/api/v1/stop-order/cancelOrderByClientOid") && method.equals("DELETE")) {
            Optional<ObjectNode> order = byClientOid(query.get("clientOid"));
            if (order.isEmpty()) {
                return "{\"code\":\"400100\",\"msg\":\"order not exist.\"}";
            }
            waiting.remove(order.get().path("id").asText());
            return json.createObjectNode().put("cancelledOrderId", order.get().path("id").asText()).put("clientOid", query.get("clientOid"));
        }
        ObjectNode order = waiting.get(path.substring(path.lastIndexOf('/') + 1));
        return order != null ? order : "{\"code\":\"400100\",\"msg\":\"order not exist.\"}";
    }

    Optional<ObjectNode> byClientOid(String clientOid) {
        return waiting.values().stream().filter(o -> o.path("clientOid").asText().equals(clientOid)).findFirst();
    }

    private Object place(JsonNode request) {
        String clientOid = request.path("clientOid").asText();
        if (byClientOid(clientOid).isPresent()) {
            return "{\"code\":\"400100\",\"msg\":\"The clientOid already exists, please use another clientOid\"}";
        }
        String stop = request.path("stop").asText();
        if (!stop.equals("loss") && !stop.equals("entry") || request.path("stopPrice").asText().isEmpty()) {
            return "{\"code\":\"400100\",\"msg\":\"stop must be loss or entry, with a stopPrice\"}";
        }
        if (new BigDecimal(request.path("size").asText()).compareTo(new BigDecimal("0.00001")) < 0) {
            return "{\"code\":\"400100\",\"msg\":\"Order size below the minimum requirement.\"}";
        }
        String id = String.format("vs8hoo8os561f5np%08d", ids.incrementAndGet());
        ObjectNode order = json.createObjectNode().put("id", id).put("symbol", request.path("symbol").asText())
                .put("status", "NEW").put("type", request.path("type").asText()).put("side", request.path("side").asText())
                .put("price", request.path("price").asText("0")).put("size", request.path("size").asText())
                .put("timeInForce", request.path("timeInForce").asText("GTC")).put("clientOid", clientOid)
                .put("createdAt", System.currentTimeMillis()).put("stop", stop).put("stopPrice", request.path("stopPrice").asText());
        order.putNull("stopTriggerTime");
        waiting.put(id, order);
        return json.createObjectNode().put("orderId", id).put("clientOid", clientOid);
    }
}
