package io.wavegrid.rest.internal;

import java.util.List;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.wavegrid.trading.api.RiskManager;

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
 * Publishes the risk API at {@code /api/risk} on CXF's default bus. A component of its own, bound statically to the
 * risk manager, so the endpoint exists exactly while a risk manager does and the rest of the API does not wait for it.
 */
@Component(immediate = true)
public class RiskRestServer {

    private static final Logger LOG = LoggerFactory.getLogger(RiskRestServer.class);

    @Reference
    private RiskManager risk;
    private Server server;

    /** Money and limits stay exact: JSON numbers with a fraction are read as BigDecimal, never as double. */
    static ObjectMapper mapper() {
        return new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }

    @Activate
    void activate() {
        JAXRSServerFactoryBean factory = new JAXRSServerFactoryBean();
        factory.setBus(BusFactory.getDefaultBus());
        factory.setAddress("/risk");
        factory.setServiceBeans(List.of(new RiskResource(risk)));
        factory.setProviders(List.of(new JsonProvider(mapper()), new BadRequestMapper()));
        // CXF resolves some extensions through the context class loader; make it one that sees CXF and us.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(RiskRestServer.class.getClassLoader());
        try {
            server = factory.create();
        } finally {
            thread.setContextClassLoader(previous);
        }
        LOG.info("Risk REST API published at /risk");
    }

    @Deactivate
    void deactivate() {
        if (server != null) {
            server.destroy();
        }
    }
}
