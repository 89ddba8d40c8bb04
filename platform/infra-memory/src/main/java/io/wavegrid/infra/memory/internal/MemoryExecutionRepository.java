package io.wavegrid.infra.memory.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.wavegrid.infra.api.ExecutionRepository;
import io.wavegrid.trading.api.Fill;

import org.osgi.service.component.annotations.Component;

/** Fills kept for the life of the process: for backtests and tests; the database repository is the default. */
@Component(service = ExecutionRepository.class, property = {"service.ranking:Integer=-100", "infra.backend=memory"})
public class MemoryExecutionRepository implements ExecutionRepository {

    private record AccountFill(String account, Fill fill) {
    }

    private static final Comparator<AccountFill> OLDEST_FIRST =
            Comparator.comparing((AccountFill f) -> f.fill.time()).thenComparing(f -> f.fill.tradeId());

    private final List<AccountFill> fills = new ArrayList<>();
    private final Set<List<String>> keys = new HashSet<>();

    @Override
    public synchronized boolean record(String account, Fill fill) {
        if (!keys.add(List.of(account, fill.symbol().code(), fill.tradeId()))) {
            return false;
        }
        fills.add(new AccountFill(account, fill));
        return true;
    }

    @Override
    public synchronized List<Fill> forOrder(String clientOrderId) {
        return fills.stream().filter(f -> clientOrderId.equals(f.fill.clientOrderId()))
                .sorted(OLDEST_FIRST).map(AccountFill::fill).toList();
    }

    @Override
    public synchronized List<Fill> recent(String account, int limit) {
        return fills.stream().filter(f -> f.account.equals(account))
                .sorted(OLDEST_FIRST.reversed()).limit(Math.max(0, limit)).map(AccountFill::fill).toList();
    }
}
