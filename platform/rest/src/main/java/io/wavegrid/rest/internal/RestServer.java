package io.wavegrid.rest.internal;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.wavegrid.engine.api.Engine;
import io.wavegrid.signal.api.SignalLifecycle;

import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the API's JAX-RS resources on CXF's servlet (context {@code /api} in the Wavegrid
 * distribution, see etc/org.apache.cxf.osgi.cfg). The server lives exactly as long as this component.
 */
@Component(immediate = true)
public class RestServer {

    private static final Logger LOG = LoggerFactory.getLogger(RestServer.class);

    @Reference
    private Engine engine;
    @Reference
    private SignalLifecycle signals;
    private Server server;

    @Activate
    void activate() {
        ObjectMapper mapper = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
        JAXRSServerFactoryBean factory = new JAXRSServerFactoryBean();
        factory.setBus(BusFactory.getDefaultBus());
        factory.setAddress("/");
        factory.setServiceBeans(List.of(new PluginsResource(engine), new HealthResource(engine), new SignalsResource(signals)));
        factory.setProviders(List.of(new JsonProvider(mapper), new BadRequestMapper(), new ConflictMapper(),
                new NotFoundMapper()));
        // CXF resolves some extensions through the context class loader; make it one that sees CXF and us.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(RestServer.class.getClassLoader());
        try {
            server = factory.create();
        } finally {
            thread.setContextClassLoader(previous);
        }
        LOG.info("REST API published");
    }

    @Deactivate
    void deactivate() {
        if (server != null) {
            server.destroy();
        }
    }
}
