package io.wavegrid.trading.api;

import org.osgi.annotation.versioning.ConsumerType;

/** Receives order updates and fills from an exchange's private stream or from polling. */
@ConsumerType
public interface ExecutionListener {

    void onOrderUpdate(Order order);

    void onFill(Fill fill);
}
