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
import io.wavegrid.engine.core.kernel.Kernel;
import io.wavegrid.engine.core.kernel.KernelSettings;
import io.wavegrid.engine.core.plugin.PluginCatalog;
import io.wavegrid.engine.core.plugin.PluginEntry;
import io.wavegrid.engine.core.profile.ProfileRegistry;
import io.wavegrid.engine.core.signal.SignalPublisher;
import io.wavegrid.market.api.Candle;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Timeframe;
import io.wavegrid.signal.api.AggregatedSignal;
import io.wavegrid.signal.api.SignalListener;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
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
    private final ProfileRegistry profiles = new ProfileRegistry(() -> catalog.names(PluginKind.SIGNAL_CONTRIBUTOR));
    private final List<ServiceTracker<?, ?>> trackers = new ArrayList<>();
    private Kernel kernel;

    @Activate
    void activate(BundleContext context, EngineConfig config) {
        kernel = new Kernel(new KernelSettings(config.shards(), config.historyCapacity(), config.queueCapacity()),
                profiles.active(), publisher);
        profiles.onChange(kernel::profilesChanged);
        catalog.addListener(kernel);
        trackers.add(new ServiceTracker<SignalListener, SignalListener>(context, SignalListener.class, null) {
            @Override
            public SignalListener addingService(ServiceReference<SignalListener> reference) {
                SignalListener listener = context.getService(reference);
                publisher.addListener(listener);
                return listener;
            }

            @Override
            public void removedService(ServiceReference<SignalListener> reference, SignalListener listener) {
                publisher.removeListener(listener);
                context.ungetService(reference);
            }
        });
        for (PluginKind kind : PluginKind.values()) {
            trackers.add(new PluginTracker(context, kind, catalog));
        }
        trackers.forEach(ServiceTracker::open);
        kernel.start();
    }

    @Deactivate
    void deactivate() {
        trackers.forEach(ServiceTracker::close);
        trackers.clear();
        catalog.removeListener(kernel);
        kernel.stop();
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
