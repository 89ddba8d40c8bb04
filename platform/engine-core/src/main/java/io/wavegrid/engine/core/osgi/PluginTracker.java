package io.wavegrid.engine.core.osgi;

import io.wavegrid.engine.api.PluginKind;
import io.wavegrid.engine.core.plugin.PluginCatalog;
import io.wavegrid.engine.core.plugin.PluginEntry;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows the services of one plugin kind in the registry and mirrors them into the catalog, which the
 * kernel listens to. A changed {@code weight} property of a contributor applies without re-creating it.
 */
final class PluginTracker extends ServiceTracker<Object, PluginEntry> {

    private static final Logger LOG = LoggerFactory.getLogger(PluginTracker.class);

    private final PluginKind kind;
    private final PluginCatalog catalog;

    PluginTracker(BundleContext context, PluginKind kind, PluginCatalog catalog) {
        super(context, PluginDescriber.serviceClass(kind).getName(), null);
        this.kind = kind;
        this.catalog = catalog;
    }

    @Override
    public PluginEntry addingService(ServiceReference<Object> reference) {
        Object service = context.getService(reference);
        if (service == null) {
            return null;
        }
        PluginEntry entry = PluginDescriber.describe(kind, reference, service);
        catalog.add(entry);
        return entry;
    }

    @Override
    public void modifiedService(ServiceReference<Object> reference, PluginEntry entry) {
        if (kind == PluginKind.SIGNAL_CONTRIBUTOR) {
            double before = entry.weight();
            double after = PluginDescriber.weightOf(reference, before);
            if (after != before) {
                entry.setWeight(after);
                LOG.info("Weight of contributor '{}' changed: {} -> {}", entry.name(), before, after);
            }
        }
    }

    @Override
    public void removedService(ServiceReference<Object> reference, PluginEntry entry) {
        catalog.remove(entry.serviceId());
        context.ungetService(reference);
    }
}
