package io.wavegrid.execution.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Wavegrid execution",
        description = "Order manager of one account: exchange, entry order type, retries, reconciliation, protection")
public @interface ExecutionConfig {

    @AttributeDefinition(description = "Trading account name (journal, positions, audit)")
    String account() default "paper";

    @AttributeDefinition(name = "exchange.target", description = "Filter choosing the ExchangeAdapter service")
    String exchange_target() default "(exchange=paper)";

    @AttributeDefinition(name = "live.enabled",
            description = "Allow an exchange that is not simulated (capability.simulated=true); false refuses every trade")
    boolean live_enabled() default false;

    @AttributeDefinition(name = "entry.order.type", description = "MARKET or LIMIT (at the signal's entry price)")
    String entry_order_type() default "MARKET";

    @AttributeDefinition(name = "order.timeout.retries",
            description = "Resends (same client order id) after a timeout when the exchange does not know the order")
    int order_timeout_retries() default 3;

    @AttributeDefinition(name = "reconcile.interval.seconds", description = "Seconds between reconciliations")
    long reconcile_interval_seconds() default 60;

    @AttributeDefinition(name = "trailing.stop.percent", description = "Trailing stop distance in percent; 0 is off")
    String trailing_stop_percent() default "0";

    @AttributeDefinition(name = "resend.max.age.seconds",
            description = "A journaled order never sent is sent at reconciliation only when younger than this")
    long resend_max_age_seconds() default 300;

    @AttributeDefinition(name = "quote.asset", description = "The asset the account's balance, equity and P&L are in")
    String quote_asset() default "USDT";
}
