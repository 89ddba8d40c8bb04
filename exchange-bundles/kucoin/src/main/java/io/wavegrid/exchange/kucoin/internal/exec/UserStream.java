package io.wavegrid.exchange.kucoin.internal.exec;

import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.wavegrid.exchange.kucoin.internal.http.KucoinRest;
import io.wavegrid.exchange.kucoin.internal.stream.KucoinSession;
import io.wavegrid.exchange.support.Backoff;
import io.wavegrid.exchange.support.ResilientWebSocket;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.trading.api.ExchangeException;
import io.wavegrid.trading.api.Order;

/**
 * KuCoin's private order stream {@code /spotMarket/tradeOrdersV2} (signed bullet token). Each order change
 * makes the adapter read the order over REST, which passes its new state and new fills through the
 * {@link FillRegister} once; after every reconnection the orders last seen open are read again, so nothing
 * that happened during the outage is missed.
 */
public final class UserStream implements ResilientWebSocket.Handler, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(UserStream.class);
    static final String TOPIC = "/spotMarket/tradeOrdersV2";

    private final KucoinExecution execution;
    private final FillRegister register;
    private final Function<String, Symbol> symbols;
    private final KucoinSession session;
    private final ResilientWebSocket socket;
    private final ObjectMapper json = new ObjectMapper();
    private volatile boolean reconnected;

    public UserStream(KucoinRest rest, KucoinExecution execution, FillRegister register,
                      Function<String, Symbol> symbols, HttpClient http,
                      ScheduledExecutorService scheduler, Duration silentAfter, Duration maxLifetime) {
        this.execution = execution;
        this.register = register;
        this.symbols = symbols;
        this.session = new KucoinSession(rest, true, List.of(TOPIC), scheduler);
        this.socket = new ResilientWebSocket("kucoin orders", http, session, this, scheduler, silentAfter, maxLifetime,
                new Backoff(Duration.ofMillis(500), Duration.ofMinutes(1), 31)).start();
    }

    @Override
    public void onConnected(ResilientWebSocket.Outbound out, boolean reconnect) {
        session.connected(out);
        reconnected = reconnect;
    }

    @Override
    public void onText(String message) {
        try {
            JsonNode node = json.readTree(message);
            String type = node.path("type").asText();
            if ("welcome".equals(type)) {
                session.welcomed();
                if (reconnected) {
                    reconcile();
                }
            } else if ("message".equals(type) && TOPIC.equals(node.path("topic").asText())) {
                JsonNode data = node.path("data");
                String orderId = data.path("orderId").asText("");
                String symbol = data.path("symbol").asText("");
                if (orderId.isEmpty() || symbol.isEmpty()) {
                    LOG.warn("KuCoin order change without orderId or symbol skipped: {}", data);
                    return;
                }
                execution.queryById(symbols.apply(symbol), orderId);
            } else if ("error".equals(type)) {
                LOG.warn("KuCoin private stream error: {}", node);
            }
        } catch (IOException e) {
            LOG.warn("KuCoin private stream message is not JSON; skipped");
        } catch (ExchangeException e) {
            LOG.warn("KuCoin order change could not be read ({}); the next reconnection reconciles it", e.getMessage());
        } catch (IllegalArgumentException e) {
            LOG.warn("KuCoin order change skipped: {}", e.getMessage());
        }
    }

    /** Reads every order last seen open again: fills and state changes missed while disconnected. */
    void reconcile() throws ExchangeException {
        for (Order order : register.openOrders()) {
            execution.queryById(order.request().symbol(), order.exchangeOrderId());
        }
    }

    public int connections() {
        return socket.connections();
    }

    @Override
    public void close() {
        session.stop();
        socket.close();
    }
}
