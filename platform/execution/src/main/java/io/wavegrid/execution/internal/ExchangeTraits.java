package io.wavegrid.execution.internal;

import java.util.Map;

/**
 * What the targeted exchange can do, from its service properties.
 *
 * @param spot       a spot account: no short can be opened
 * @param stopOrders stop-market orders rest on the exchange ({@code capability.stop}); else the engine watches stops
 * @param simulated  a paper exchange ({@code capability.simulated}); anything else needs {@code live.enabled}
 */
record ExchangeTraits(String exchange, boolean spot, boolean stopOrders, boolean simulated) {

    static ExchangeTraits of(Map<String, ?> properties) {
        Object name = properties.get("exchange");
        return new ExchangeTraits(name == null ? "?" : name.toString(), flag(properties.get("capability.spot"), true),
                flag(properties.get("capability.stop"), false), flag(properties.get("capability.simulated"), false));
    }

    private static boolean flag(Object value, boolean absent) {
        return value == null ? absent : Boolean.parseBoolean(value.toString());
    }
}
