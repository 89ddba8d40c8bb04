package io.wavegrid.infra.api.contract;

import static io.wavegrid.infra.api.contract.Fixtures.BTC;
import static io.wavegrid.infra.api.contract.Fixtures.ETH;
import static io.wavegrid.infra.api.contract.Fixtures.assertSamePosition;
import static io.wavegrid.infra.api.contract.Fixtures.position;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import io.wavegrid.infra.api.PositionRepository;
import io.wavegrid.trading.api.Position;

import org.junit.jupiter.api.Test;

/** What every {@link PositionRepository} must do; each test gets an empty repository. */
public abstract class PositionRepositoryContract {

    protected abstract PositionRepository positions();

    @Test
    void savedPositionReplacesThePreviousOne() {
        positions().save(position("paper", BTC, "0.5"));
        Position shortNow = position("paper", BTC, "-0.25");
        positions().save(shortNow);

        assertSamePosition(shortNow, positions().find("paper", BTC).orElseThrow());
        assertTrue(positions().find("paper", ETH).isEmpty());
    }

    @Test
    void allPositionsOfAnAccountAreOrderedBySymbol() {
        positions().save(position("paper", ETH, "3"));
        positions().save(position("paper", BTC, "0"));
        positions().save(position("other", BTC, "1"));

        List<Position> all = positions().all("paper");
        assertEquals(List.of(BTC, ETH), all.stream().map(Position::symbol).toList());
        assertSamePosition(position("paper", ETH, "3"), all.get(1));
    }
}
