package io.wavegrid.persistence.internal.repository;

import java.util.List;

import javax.persistence.EntityManagerFactory;

import io.wavegrid.infra.api.StrategyConfigChange;
import io.wavegrid.infra.api.StrategyConfigHistory;
import io.wavegrid.persistence.internal.Database;
import io.wavegrid.persistence.internal.entity.ConfigChangeEntity;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Every strategy configuration in {@code strategy_config_history} and {@code strategy_config_properties}. */
@Component(service = StrategyConfigHistory.class, property = "infra.backend=database")
public class JpaStrategyConfigHistory implements StrategyConfigHistory {

    private final Transactions tx;

    @Activate
    public JpaStrategyConfigHistory(@Reference(target = "(osgi.unit.name=wavegrid)") EntityManagerFactory factory,
                                    @Reference Database migrated) {
        this.tx = new Transactions(factory, "strategy configuration history");
    }

    @Override
    public void record(StrategyConfigChange change) {
        tx.run("recording configuration of " + change.pid(), em -> {
            em.persist(new ConfigChangeEntity(change));
            return null;
        });
    }

    @Override
    public List<StrategyConfigChange> history(String pid, int limit) {
        return tx.run("reading configuration history of " + pid, em -> em.createQuery(
                        "select c from ConfigChangeEntity c where c.pid = :pid order by c.changedAt desc, c.id desc", ConfigChangeEntity.class)
                .setParameter("pid", pid).setMaxResults(Math.max(0, limit))
                .getResultList().stream().map(ConfigChangeEntity::toChange).toList());
    }
}
