package io.wavegrid.trading.api;

import org.osgi.annotation.versioning.ConsumerType;

/** One pre-trade check. Every order passes every registered rule before it is sent. */
@ConsumerType
public interface RiskRule {

    String name();

    RiskDecision evaluate(OrderRequest order, RiskContext context);
}
