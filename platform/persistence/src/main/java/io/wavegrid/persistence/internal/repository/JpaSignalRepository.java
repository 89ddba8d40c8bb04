package io.wavegrid.persistence.internal.repository;

import java.util.List;
import java.util.Optional;

import javax.persistence.EntityManagerFactory;

import io.wavegrid.infra.api.SignalRepository;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.persistence.internal.Database;
import io.wavegrid.persistence.internal.entity.SignalEntity;
import io.wavegrid.persistence.internal.entity.SymbolColumn;
import io.wavegrid.signal.api.TradingSignal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Trading signals in {@code trading_signals} and its target and reasoning tables. */
@Component(service = SignalRepository.class, property = "infra.backend=database")
public class JpaSignalRepository implements SignalRepository {

    private final Transactions tx;

    @Activate
    public JpaSignalRepository(@Reference(target = "(osgi.unit.name=wavegrid)") EntityManagerFactory factory,
                               @Reference Database migrated) {
        this.tx = new Transactions(factory, "signal repository");
    }

    @Override
    public void save(TradingSignal signal) {
        tx.run("saving signal " + signal.id(), em -> {
            SignalEntity existing = em.find(SignalEntity.class, signal.id());
            if (existing == null) {
                em.persist(new SignalEntity(signal));
            } else {
                existing.apply(signal);
            }
            return null;
        });
    }

    @Override
    public Optional<TradingSignal> find(String id) {
        return tx.run("reading signal " + id, em -> Optional.ofNullable(em.find(SignalEntity.class, id)).map(SignalEntity::toSignal));
    }

    @Override
    public List<TradingSignal> recent(Symbol symbol, int limit) {
        return tx.run("listing signals of " + symbol, em -> em.createQuery(
                        "select s from SignalEntity s where s.symbol = :symbol order by s.created desc, s.id desc", SignalEntity.class)
                .setParameter("symbol", SymbolColumn.store(symbol)).setMaxResults(Math.max(0, limit))
                .getResultList().stream().map(SignalEntity::toSignal).toList());
    }
}
