package io.wavegrid.rest.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;

import io.wavegrid.trading.api.OrderManager;
import io.wavegrid.trading.api.PositionBook;

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
 * Publishes the trading and emergency resources on CXF at {@code /trading} and {@code /emergency} (so
 * {@code /api/trading/...} and {@code /api/emergency/...} in the distribution), for as long as an order manager is
 * there. Separate from {@link RestServer} so the rest of the API does not depend on execution being installed.
 */
@Component(immediate = true)
public class TradingRestServer {

    private static final Logger LOG = LoggerFactory.getLogger(TradingRestServer.class);

    @Reference
    private OrderManager orders;
    @Reference
    private PositionBook book;
    private final List<Server> servers = new ArrayList<>();

    @Activate
    void activate() {
        // Money goes out exact and plain (no 1E+2); times as ISO-8601 text.
        ObjectMapper mapper = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .registerModule(new SimpleModule("wavegrid-time").addSerializer(Instant.class, ToStringSerializer.instance));
        servers.add(publish("/trading", new TradingResource(orders, book), mapper));
        servers.add(publish("/emergency", new EmergencyResource(orders), mapper));
        LOG.info("Trading and emergency API published for account {}", orders.account());
    }

    private static Server publish(String address, Object resource, ObjectMapper mapper) {
        JAXRSServerFactoryBean factory = new JAXRSServerFactoryBean();
        factory.setBus(BusFactory.getDefaultBus());
        factory.setAddress(address);
        factory.setServiceBeans(List.of(resource));
        factory.setProviders(List.of(new JsonProvider(mapper), new BadRequestMapper()));
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(TradingRestServer.class.getClassLoader());
        try {
            return factory.create();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @Deactivate
    void deactivate() {
        servers.forEach(Server::destroy);
        servers.clear();
    }
}
