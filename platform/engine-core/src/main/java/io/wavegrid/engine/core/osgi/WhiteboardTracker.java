package io.wavegrid.engine.core.osgi;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

/** Follows the services of one type (optionally filtered) and hands each arrival and departure to callbacks. */
final class WhiteboardTracker<S> extends ServiceTracker<S, S> {

    private final BundleContext context;
    private final BiConsumer<S, ServiceReference<S>> added;
    private final Consumer<S> removed;

    WhiteboardTracker(BundleContext context, Class<S> type, String filter, Consumer<S> added, Consumer<S> removed) {
        this(context, type, filter, (service, reference) -> added.accept(service), removed);
    }

    WhiteboardTracker(BundleContext context, Class<S> type, String filter, BiConsumer<S, ServiceReference<S>> added,
                      Consumer<S> removed) {
        super(context, filterOf(context, type, filter), null);
        this.context = context;
        this.added = added;
        this.removed = removed;
    }

    private static org.osgi.framework.Filter filterOf(BundleContext context, Class<?> type, String filter) {
        String objectClass = "(" + Constants.OBJECTCLASS + "=" + type.getName() + ")";
        try {
            return context.createFilter(filter == null ? objectClass : "(&" + objectClass + filter + ")");
        } catch (InvalidSyntaxException e) {
            throw new IllegalArgumentException("bad filter " + filter, e);
        }
    }

    @Override
    public S addingService(ServiceReference<S> reference) {
        S service = context.getService(reference);
        if (service != null) {
            added.accept(service, reference);
        }
        return service;
    }

    @Override
    public void removedService(ServiceReference<S> reference, S service) {
        removed.accept(service);
        context.ungetService(reference);
    }
}
