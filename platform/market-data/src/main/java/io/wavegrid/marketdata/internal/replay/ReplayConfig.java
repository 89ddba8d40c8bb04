package io.wavegrid.marketdata.internal.replay;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Wavegrid replay feed",
        description = "Plays stored candles into the engine, for backtests (as fast as possible) or demos (N x real time)")
public @interface ReplayConfig {

    @AttributeDefinition(name = "Feed name", description = "Service property the engine's feed target filter selects")
    String feed_name() default "replay";

    @AttributeDefinition(description = "0 = as fast as possible; N = N times real time (60 plays an hour of bars in a minute)")
    double speed() default 0;

    @AttributeDefinition(description = "First bar to play: ISO-8601 instant or date (2024-01-01); empty = oldest stored bar")
    String from() default "";

    @AttributeDefinition(description = "End of the replay, exclusive: ISO-8601 instant or date; empty = now")
    String to() default "";

    @AttributeDefinition(description = "Bars read from the store per query")
    int chunk_bars() default 10_000;
}
