package io.wavegrid.engine.core.osgi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.wavegrid.engine.api.Engine;
import io.wavegrid.engine.api.EngineStatus;
import io.wavegrid.engine.api.PluginInfo;
import io.wavegrid.engine.api.PluginKind;
import io.wavegrid.engine.api.ProfileStatus;
import io.wavegrid.engine.core.feed.BarForwarder;
import io.wavegrid.engine.core.kernel.Kernel;
import io.wavegrid.engine.core.kernel.KernelHooks;
import io.wavegrid.engine.core.kernel.KernelSettings;
import io.wavegrid.engine.core.plugin.PluginCatalog;
import io.wavegrid.engine.core.plugin.PluginEntry;
import io.wavegrid.engine.core.profile.ProfileRegistry;
import io.wavegrid.engine.core.signal.SignalPublisher;
import io.wavegrid.engine.core.trade.SignalBook;
import io.wavegrid.engine.core.trade.SignalEngine;
import io.wavegrid.engine.core.trade.SignalStore;
import io.wavegrid.infra.api.SignalRepository;
import io.wavegrid.market.api.Candle;
import io.wavegrid.market.api.MarketDataListener;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Timeframe;
import io.wavegrid.signal.api.AggregatedSignal;
import io.wavegrid.signal.api.SignalLifecycle;
import io.wavegrid.signal.api.SignalListener;
import io.wavegrid.signal.api.TradingSignalListener;

import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Wires the kernel into OSGi: one tracker per plugin kind feeds the catalog, the catalog feeds the
 * kernel, and profile configurations arrive through {@link ProfileConfigurator}. Plugins are tracked
 * with ServiceTrackers rather than DS references because each of the nine kinds is handled the same way.
 */
@Component(service = {Engine.class, ProfileConfigurator.class}, immediate = true, configurationPid = "io.wavegrid.engine")
@Designate(ocd = EngineConfig.class)
public class EngineComponent implements Engine, ProfileConfigurator {

    private final PluginCatalog catalog = new PluginCatalog();
    private final SignalPublisher publisher = new SignalPublisher();
    private final SignalStore store = new SignalStore();
    private final SignalBook book = new SignalBook(store::save);
    private final BarForwarder forwarder = new BarForwarder(this::expireSignals);
    private final ProfileRegistry profiles = new ProfileRegistry(() -> catalog.names(PluginKind.SIGNAL_CONTRIBUTOR));
    private final List<ServiceTracker<?, ?>> trackers = new ArrayList<>();
    private Kernel kernel;
    private ServiceRegistration<SignalLifecycle> lifecycleRegistration;

    @Activate
    void activate(BundleContext context, EngineConfig config) {
        kernel = new Kernel(new KernelSettings(config.shards(), config.historyCapacity(), config.queueCapacity()),
                profiles.active(), new SignalEngine(publisher, book), new KernelHooks() {
                    @Override
                    public void beforeAnalysis(Candle candle) {
                        store.barBegins();
                        forwarder.beforeAnalysis(candle);
                    }

                    @Override
                    public void afterAnalysis(Candle candle) {
                        forwarder.afterAnalysis(candle);
                        store.barEnds();
                    }
                });
        profiles.onChange(kernel::profilesChanged);
        catalog.addListener(kernel);
        trackers.add(new WhiteboardTracker<>(context, SignalListener.class, null, publisher::addListener,
                publisher::removeListener));
        trackers.add(new WhiteboardTracker<>(context, TradingSignalListener.class, null, book::addListener,
                book::removeListener));
        trackers.add(new WhiteboardTracker<>(context, SignalRepository.class, null, store::use, store::drop));
        trackers.add(new WhiteboardTracker<MarketDataListener>(context, MarketDataListener.class,
                "(|(exchange=*)(" + BarForwarder.ROLE + "=" + BarForwarder.EXECUTION + "))",
                (listener, reference) -> forwarder.add(listener, reference.getProperty(BarForwarder.ROLE) != null,
                        reference.getProperty(Constants.SERVICE_RANKING) instanceof Integer r ? r : 0),
                forwarder::remove));
        for (PluginKind kind : PluginKind.values()) {
            trackers.add(new PluginTracker(context, kind, catalog));
        }
        trackers.forEach(ServiceTracker::open);
        kernel.start();
        lifecycleRegistration = context.registerService(SignalLifecycle.class, book, null);
    }

    private void expireSignals(Candle candle) {
        book.expireDue(candle.symbol(), candle.timeframe(), candle.closeTime());
    }

    @Deactivate
    void deactivate() {
        if (lifecycleRegistration != null) {
            lifecycleRegistration.unregister();
        }
        trackers.forEach(ServiceTracker::close);
        trackers.clear();
        catalog.removeListener(kernel);
        kernel.stop();
        store.close();
    }

    @Override
    public void submit(Candle candle) {
        kernel.submit(candle);
    }

    @Override
    public List<PluginInfo> plugins() {
        List<PluginInfo> view = new ArrayList<>();
        for (PluginEntry entry : catalog.all()) {
            view.add(entry.info(entry.kind() == PluginKind.SIGNAL_CONTRIBUTOR ? entry.weight() : null));
        }
        return view;
    }

    @Override
    public Optional<AggregatedSignal> lastSignal(String profile, Symbol symbol, Timeframe timeframe) {
        return publisher.latest(profile, symbol, timeframe);
    }

    @Override
    public List<ProfileStatus> profiles() {
        return profiles.statuses();
    }

    @Override
    public EngineStatus status() {
        long errors = catalog.all().stream().mapToLong(PluginEntry::errorCount).sum();
        return new EngineStatus(kernel.running(), kernel.shardCount(), kernel.processed(), kernel.duplicates(),
                kernel.queued(), errors);
    }

    @Override
    public ProfileStatus configure(String profile, Map<String, ?> config) {
        return profiles.configure(profile, config);
    }

    @Override
    public void remove(String profile) {
        profiles.remove(profile);
    }
}
