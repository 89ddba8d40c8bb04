package io.wavegrid.marketdata.internal.synthetic;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Wavegrid synthetic market",
        description = "A generated market (trend and range regimes, volatility clustering) so the platform runs with no data and no network")
public @interface SyntheticConfig {

    @AttributeDefinition(name = "Feed name")
    String feed_name() default "synthetic";

    @AttributeDefinition(description = "Random seed: the same seed gives the same market")
    long seed() default 42;

    @AttributeDefinition(description = "Market time of the first bar: ISO-8601 instant or date")
    String origin() default "2024-01-01";

    @AttributeDefinition(description = "Bars delivered at once on subscription, as history for the indicators to warm up")
    int history_bars() default 500;

    @AttributeDefinition(description = "Pace after the history: N times real time (60 = a 1m bar per second); 0 = as fast as possible")
    double speed() default 60;

    @AttributeDefinition(description = "Start prices as SYMBOL:price pairs; other symbols start at 100")
    String[] start_prices() default {"BTCUSDT:60000", "ETHUSDT:3000", "SOLUSDT:150", "BNBUSDT:600", "XRPUSDT:0.6"};
}
