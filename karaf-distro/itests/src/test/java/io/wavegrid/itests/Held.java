package io.wavegrid.itests;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * A service got from the registry and held until closed. Holding matters: a delayed DS component (the Redis
 * and RabbitMQ gateways behind their services) is deactivated as soon as nobody uses it, so a test that
 * released it between two calls would talk to two different instances.
 */
final class Held<S> implements AutoCloseable {

    private final BundleContext context;
    private final ServiceReference<S> reference;
    private final S service;

    private Held(BundleContext context, ServiceReference<S> reference) {
        this.context = context;
        this.reference = reference;
        this.service = context.getService(reference);
        if (service == null) {
            throw new IllegalStateException(reference + " went away");
        }
    }

    /** The service a plain {@code @Reference} would get: the highest ranked. */
    static <S> Held<S> best(BundleContext context, Class<S> type) {
        ServiceReference<S> reference = context.getServiceReference(type);
        if (reference == null) {
            throw new IllegalStateException("no " + type.getName() + " registered");
        }
        return new Held<>(context, reference);
    }

    S get() {
        return service;
    }

    Object property(String key) {
        return reference.getProperty(key);
    }

    @Override
    public void close() {
        context.ungetService(reference);
    }
}
