package io.wavegrid.engine.core.feed;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import io.wavegrid.engine.core.kernel.KernelHooks;
import io.wavegrid.market.api.Candle;
import io.wavegrid.market.api.MarketDataListener;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows each new bar, on its shard thread and before any analysis, first to the exchanges' market-data
 * listeners (the paper exchange fills resting orders from it), then to the execution side (it marks
 * positions and manages protective orders), then to the bar's own hook (signal expiry). Doing this on the
 * shard thread is what makes a replay deterministic: an order sent on bar N can only meet bar N+1. The
 * execution side also hears where the bar begins (before the exchanges) and ends (after its signals).
 */
public final class BarForwarder implements KernelHooks {

    private static final Logger LOG = LoggerFactory.getLogger(BarForwarder.class);

    /** Service property that makes a {@link MarketDataListener} an execution-side listener. */
    public static final String ROLE = "wavegrid.role";
    public static final String EXECUTION = "execution";

    private record Ranked(MarketDataListener listener, int ranking) {
    }

    private final List<Ranked> exchanges = new CopyOnWriteArrayList<>();
    private final List<Ranked> execution = new CopyOnWriteArrayList<>();
    private final Consumer<Candle> afterListeners;

    public BarForwarder(Consumer<Candle> afterListeners) {
        this.afterListeners = afterListeners;
    }

    public void add(MarketDataListener listener, boolean executionSide) {
        add(listener, executionSide, 0);
    }

    /** Within each side, listeners hear a bar by service ranking, highest first, then in order of arrival. */
    public synchronized void add(MarketDataListener listener, boolean executionSide, int ranking) {
        List<Ranked> side = executionSide ? execution : exchanges;
        int at = 0;
        while (at < side.size() && side.get(at).ranking() >= ranking) {
            at++;
        }
        side.add(at, new Ranked(listener, ranking));
    }

    public synchronized void remove(MarketDataListener listener) {
        exchanges.removeIf(r -> r.listener() == listener);
        execution.removeIf(r -> r.listener() == listener);
    }

    @Override
    public void beforeAnalysis(Candle candle) {
        forward(execution, candle, "before", MarketDataListener::beforeBar);
        forward(exchanges, candle, "on", MarketDataListener::onCandle);
        forward(execution, candle, "on", MarketDataListener::onCandle);
        afterListeners.accept(candle);
    }

    /** The execution side hears that the bar is done, once its signals have been handled. */
    @Override
    public void afterAnalysis(Candle candle) {
        forward(execution, candle, "after", MarketDataListener::afterBar);
    }

    /** One failing listener must not keep the bar from the others or from the kernel. */
    private static void forward(List<Ranked> listeners, Candle candle, String when, BiConsumer<MarketDataListener, Candle> call) {
        for (Ranked ranked : listeners) {
            MarketDataListener listener = ranked.listener();
            try {
                call.accept(listener, candle);
            } catch (RuntimeException e) {
                LOG.warn("{} failed {} {}; skipped", listener.getClass().getName(), when, candle, e);
            }
        }
    }
}
