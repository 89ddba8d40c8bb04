package io.wavegrid.persistence.internal.repository;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import javax.persistence.EntityManagerFactory;

import io.wavegrid.infra.api.PositionRepository;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.persistence.internal.Database;
import io.wavegrid.persistence.internal.entity.PositionEntity;
import io.wavegrid.persistence.internal.entity.SymbolColumn;
import io.wavegrid.trading.api.Position;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Current positions in {@code positions}, one row per account and symbol. */
@Component(service = PositionRepository.class, property = "infra.backend=database")
public class JpaPositionRepository implements PositionRepository {

    private final Transactions tx;

    @Activate
    public JpaPositionRepository(@Reference(target = "(osgi.unit.name=wavegrid)") EntityManagerFactory factory,
                                 @Reference Database migrated) {
        this.tx = new Transactions(factory, "position repository");
    }

    @Override
    public void save(Position position) {
        tx.run("saving position " + position.account() + " " + position.symbol(), em -> {
            PositionEntity existing = em.find(PositionEntity.class,
                    new PositionEntity.Key(position.account(), SymbolColumn.store(position.symbol())));
            if (existing == null) {
                em.persist(new PositionEntity(position));
            } else {
                existing.apply(position);
            }
            return null;
        });
    }

    @Override
    public Optional<Position> find(String account, Symbol symbol) {
        return tx.run("reading position " + account + " " + symbol, em -> Optional.ofNullable(
                em.find(PositionEntity.class, new PositionEntity.Key(account, SymbolColumn.store(symbol)))).map(PositionEntity::toPosition));
    }

    @Override
    public List<Position> all(String account) {
        // sorted here: the database's collation may not order "BTC/USDT" like Symbol does
        return tx.run("listing positions of " + account, em -> em.createQuery(
                        "select p from PositionEntity p where p.account = :account", PositionEntity.class)
                .setParameter("account", account).getResultList().stream().map(PositionEntity::toPosition)
                .sorted(Comparator.comparing(Position::symbol)).toList());
    }
}
