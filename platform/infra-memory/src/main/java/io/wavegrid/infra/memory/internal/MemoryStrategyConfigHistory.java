package io.wavegrid.infra.memory.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.wavegrid.infra.api.StrategyConfigChange;
import io.wavegrid.infra.api.StrategyConfigHistory;

import org.osgi.service.component.annotations.Component;

/** Configuration history kept for the life of the process; the database history is the default. */
@Component(service = StrategyConfigHistory.class, property = {"service.ranking:Integer=-100", "infra.backend=memory"})
public class MemoryStrategyConfigHistory implements StrategyConfigHistory {

    private final List<StrategyConfigChange> changes = new ArrayList<>();

    @Override
    public synchronized void record(StrategyConfigChange change) {
        changes.add(change);
    }

    @Override
    public synchronized List<StrategyConfigChange> history(String pid, int limit) {
        return changes.stream().filter(c -> c.pid().equals(pid))
                .sorted(Comparator.comparing(StrategyConfigChange::time).reversed()).limit(Math.max(0, limit)).toList();
    }
}
