package io.wavegrid.engine.core.feed;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Wavegrid market data source",
        description = "etc/io.wavegrid.engine.feed.cfg: which feed the engine follows, for which series. Backtest, "
                + "paper and live differ only by this choice.")
public @interface FeedConfig {

    @AttributeDefinition(description = "Symbols to follow, e.g. BTCUSDT; none means the engine follows no feed")
    String[] symbols() default {"BTCUSDT", "ETHUSDT"};

    @AttributeDefinition(description = "Timeframes to follow, e.g. 1m, 1h")
    String[] timeframes() default {"1m", "1h"};

    @AttributeDefinition(description = "Filter selecting the feed service: (feed.name=synthetic), (feed.name=replay), "
            + "(feed.name=binance), ...")
    String feed_target() default "(feed.name=synthetic)";
}
