package io.wavegrid.infra.memory.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.wavegrid.infra.api.JournaledOrder;
import io.wavegrid.infra.api.OrderJournal;
import io.wavegrid.trading.api.Order;

import org.osgi.service.component.annotations.Component;

/** A journal that lives as long as the process: for backtests and tests; the database journal is the default. */
@Component(service = OrderJournal.class, property = {"service.ranking:Integer=-100", "infra.backend=memory"})
public class MemoryOrderJournal implements OrderJournal {

    private final Map<String, JournaledOrder> orders = new ConcurrentHashMap<>();
    @Override
    public boolean journal(String account, Order order) {
        JournaledOrder fresh = new JournaledOrder(account, order, order.updated());
        JournaledOrder existing = orders.putIfAbsent(order.clientOrderId(), fresh);
        if (existing == null) {
            return true;
        }
        if (existing.account().equals(account) && JournaledOrder.sameRequest(existing.order().request(), order.request())) {
            return false;
        }
        throw new IllegalStateException("order " + order.clientOrderId() + " is already journaled with a different request or account");
    }

    @Override
    public JournaledOrder update(Order order) {
        String id = order.clientOrderId();
        JournaledOrder result = orders.computeIfPresent(id, (k, current) -> current.updatedWith(order));
        if (result == null) {
            throw new IllegalArgumentException("order " + id + " is not journaled");
        }
        return result;
    }

    @Override
    public Optional<JournaledOrder> find(String clientOrderId) {
        return Optional.ofNullable(orders.get(clientOrderId));
    }

    @Override
    public List<JournaledOrder> open(String account) {
        return orders.values().stream()
                .filter(j -> j.account().equals(account) && !j.order().status().isTerminal())
                .sorted(Comparator.comparing(JournaledOrder::created).thenComparing(j -> j.order().clientOrderId()))
                .toList();
    }

    @Override
    public List<JournaledOrder> endedWithFillsSince(String account, Instant since) {
        return orders.values().stream()
                .filter(j -> j.account().equals(account) && j.order().status().isTerminal()
                        && j.order().filledQuantity().signum() > 0 && !j.order().updated().isBefore(since))
                .sorted(Comparator.comparing((JournaledOrder j) -> j.order().updated()).thenComparing(j -> j.order().clientOrderId()))
                .toList();
    }
}
