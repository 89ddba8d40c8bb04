package io.wavegrid.bus.rabbitmq.internal;

import static io.wavegrid.infra.api.contract.Fixtures.eventually;

import io.wavegrid.infra.api.CommandQueue;
import io.wavegrid.infra.api.EventBus;
import io.wavegrid.infra.api.contract.EventBusContract;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The RabbitMQ bus and command queue against the shared contract, on the real broker under names of their own. */
class RabbitContractsTest extends EventBusContract {

    private TestBroker broker;
    private RabbitGateway gateway;

    @BeforeEach
    void connect() throws Exception {
        broker = new TestBroker();
        gateway = broker.gateway(TestBroker.PORT, 10_000);
        eventually(() -> gateway.subscriptions().connected(), 5_000, "RabbitMQ on 127.0.0.1:5672 (start it as ARCHITECTURE.md §5 says)");
    }

    @AfterEach
    void disconnect() throws Exception {
        gateway.close();
        broker.close();
    }

    @Override
    protected EventBus bus() {
        return new RabbitEventBus(gateway);
    }

    @Override
    protected CommandQueue commands() {
        return new RabbitCommandQueue(gateway);
    }
}
