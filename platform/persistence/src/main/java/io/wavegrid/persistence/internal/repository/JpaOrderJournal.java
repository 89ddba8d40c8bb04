package io.wavegrid.persistence.internal.repository;

import java.util.List;
import java.util.Optional;

import javax.persistence.EntityManagerFactory;

import io.wavegrid.infra.api.JournaledOrder;
import io.wavegrid.infra.api.OrderJournal;
import io.wavegrid.infra.api.StoreUnavailableException;
import io.wavegrid.persistence.internal.Database;
import io.wavegrid.persistence.internal.entity.OrderEntity;
import io.wavegrid.trading.api.Order;
import io.wavegrid.trading.api.OrderStatus;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The order journal in the {@code orders} table; each call is one committed transaction. */
@Component(service = OrderJournal.class, property = "infra.backend=database")
public class JpaOrderJournal implements OrderJournal {

    private static final List<String> OPEN = List.of(OrderStatus.NEW.name(), OrderStatus.SUBMITTED.name(),
            OrderStatus.PARTIALLY_FILLED.name());

    private final Transactions tx;

    @Activate
    public JpaOrderJournal(@Reference(target = "(osgi.unit.name=wavegrid)") EntityManagerFactory factory,
                           @Reference Database migrated) {
        this.tx = new Transactions(factory, "order journal");
    }

    @Override
    public boolean journal(String account, Order order) {
        JournaledOrder fresh = new JournaledOrder(account, order, order.updated());
        try {
            return insertOnce(fresh);
        } catch (StoreUnavailableException e) {
            if (Transactions.isDuplicateKey(e)) {
                return insertOnce(fresh);
            }
            throw e;
        }
    }

    /** Inserts the order, or compares it with the stored one; a concurrent insert of the same id is retried once. */
    private boolean insertOnce(JournaledOrder fresh) {
        Order order = fresh.order();
        String account = fresh.account();
        return tx.run("journaling order " + order.clientOrderId(), em -> {
            OrderEntity existing = em.find(OrderEntity.class, order.clientOrderId());
            if (existing == null) {
                em.persist(new OrderEntity(fresh));
                return true;
            }
            JournaledOrder stored = existing.toJournaledOrder();
            if (stored.account().equals(account) && JournaledOrder.sameRequest(stored.order().request(), order.request())) {
                return false;
            }
            throw new IllegalStateException("order " + order.clientOrderId() + " is already journaled with a different request or account");
        });
    }

    @Override
    public JournaledOrder update(Order order) {
        return tx.run("updating order " + order.clientOrderId(), em -> {
            OrderEntity entity = em.find(OrderEntity.class, order.clientOrderId());
            if (entity == null) {
                throw new IllegalArgumentException("order " + order.clientOrderId() + " is not journaled");
            }
            JournaledOrder updated = entity.toJournaledOrder().updatedWith(order);
            entity.apply(updated.order());
            return updated;
        });
    }

    @Override
    public Optional<JournaledOrder> find(String clientOrderId) {
        return tx.run("reading order " + clientOrderId,
                em -> Optional.ofNullable(em.find(OrderEntity.class, clientOrderId)).map(OrderEntity::toJournaledOrder));
    }

    @Override
    public List<JournaledOrder> open(String account) {
        return tx.run("listing open orders of " + account, em -> em.createQuery(
                        "select o from OrderEntity o where o.account = :account and o.status in :open order by o.created, o.clientOrderId",
                        OrderEntity.class)
                .setParameter("account", account).setParameter("open", OPEN)
                .getResultList().stream().map(OrderEntity::toJournaledOrder).toList());
    }
}
