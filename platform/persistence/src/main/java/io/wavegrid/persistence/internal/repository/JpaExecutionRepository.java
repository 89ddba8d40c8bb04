package io.wavegrid.persistence.internal.repository;

import java.util.List;

import javax.persistence.EntityManagerFactory;

import io.wavegrid.infra.api.ExecutionRepository;
import io.wavegrid.infra.api.StoreUnavailableException;
import io.wavegrid.persistence.internal.Database;
import io.wavegrid.persistence.internal.entity.ExecutionEntity;
import io.wavegrid.persistence.internal.entity.SymbolColumn;
import io.wavegrid.trading.api.Fill;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Fills in {@code trade_executions}, recorded once per account, symbol and trade id. */
@Component(service = ExecutionRepository.class, property = "infra.backend=database")
public class JpaExecutionRepository implements ExecutionRepository {

    private final Transactions tx;

    @Activate
    public JpaExecutionRepository(@Reference(target = "(osgi.unit.name=wavegrid)") EntityManagerFactory factory,
                                  @Reference Database migrated) {
        this.tx = new Transactions(factory, "execution repository");
    }

    @Override
    public boolean record(String account, Fill fill) {
        try {
            return insertOnce(account, fill);
        } catch (StoreUnavailableException e) {
            if (Transactions.isDuplicateKey(e)) {
                return false;
            }
            throw e;
        }
    }

    private boolean insertOnce(String account, Fill fill) {
        return tx.run("recording fill " + fill.tradeId(), em -> {
            long known = em.createQuery("select count(e) from ExecutionEntity e where e.account = :account and e.symbol = :symbol"
                            + " and e.tradeId = :trade", Long.class)
                    .setParameter("account", account).setParameter("symbol", SymbolColumn.store(fill.symbol()))
                    .setParameter("trade", fill.tradeId()).getSingleResult();
            if (known > 0) {
                return false;
            }
            em.persist(new ExecutionEntity(account, fill));
            return true;
        });
    }

    @Override
    public List<Fill> forOrder(String clientOrderId) {
        return tx.run("listing fills of order " + clientOrderId, em -> em.createQuery(
                        "select e from ExecutionEntity e where e.clientOrderId = :order order by e.executed, e.tradeId", ExecutionEntity.class)
                .setParameter("order", clientOrderId).getResultList().stream().map(ExecutionEntity::toFill).toList());
    }

    @Override
    public List<Fill> recent(String account, int limit) {
        return tx.run("listing fills of " + account, em -> em.createQuery(
                        "select e from ExecutionEntity e where e.account = :account order by e.executed desc, e.tradeId desc", ExecutionEntity.class)
                .setParameter("account", account).setMaxResults(Math.max(0, limit))
                .getResultList().stream().map(ExecutionEntity::toFill).toList());
    }
}
