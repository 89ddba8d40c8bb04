package io.wavegrid.exchange.kucoin.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import io.wavegrid.market.api.Side;
import io.wavegrid.trading.api.ExecutionListener;
import io.wavegrid.trading.api.Fill;
import io.wavegrid.trading.api.Order;
import io.wavegrid.trading.api.OrderRequest;
import io.wavegrid.trading.api.OrderStatus;
import io.wavegrid.trading.api.OrderType;

/** The private order stream: changes pushed, a duplicate push, an outage with fills, reconciliation. */
class KucoinUserStreamTest extends FakeKucoinTestBase {

    private final List<Fill> fills = new CopyOnWriteArrayList<>();
    private final List<Order> updates = new CopyOnWriteArrayList<>();

    @Test
    void everyFillArrivesOnceThroughPushesAndReconciliation() throws Exception {
        adapter = new KucoinAdapter(new TestConfig(fake, true, 2_000, 200, true, 2_000));
        Order order = adapter.place(new OrderRequest("grid-9-a", BTC, Side.BUY, OrderType.LIMIT, new BigDecimal("0.03"),
                new BigDecimal("30000"), null, null));
        String id = order.exchangeOrderId();
        fake.userScript = (n, session) -> {
            awaitQuietly(() -> fake.clientMessages.stream().filter(m -> m.contains("/spotMarket/tradeOrdersV2")).count() >= n);
            if (n == 1) {
                fake.fill(id, "0.01", "30000", true);
                session.send(fake.orderChange(id, "match"));
                session.send(fake.orderChange(id, "match"));
                awaitQuietly(() -> fills.size() == 1);
                fake.fill(id, "0.02", "29999", true);   // while the stream is down
                session.drop();
            }
        };
        adapter.setExecutionListener(new ExecutionListener() {
            @Override
            public void onOrderUpdate(Order update) {
                updates.add(update);
            }

            @Override
            public void onFill(Fill fill) {
                fills.add(fill);
            }
        });
        await(() -> fake.userSessions() >= 2 && fills.size() == 2 && updates.get(updates.size() - 1).status() == OrderStatus.FILLED,
                10, () -> "sessions " + fake.userSessions() + ", fills " + fills.size() + ", updates " + updates.size());
        assertEquals(List.of("11000000", "11000001"), fills.stream().map(Fill::tradeId).toList());
        assertTrue(fills.stream().allMatch(f -> "grid-9-a".equals(f.clientOrderId())));
        // the order was placed before the listener was set: its SUBMITTED state went to nobody
        assertEquals(List.of(OrderStatus.PARTIALLY_FILLED, OrderStatus.FILLED),
                updates.stream().map(Order::status).toList());
        assertTrue(fake.clientMessages.stream().anyMatch(m -> m.contains("\"privateChannel\":true")));
        assertTrue(fake.rejectedSignatures.isEmpty(), "the private token is a signed call: " + fake.rejectedSignatures);
    }
}
