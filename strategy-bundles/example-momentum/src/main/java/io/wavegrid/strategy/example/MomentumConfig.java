package io.wavegrid.strategy.example;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Example momentum strategy",
        description = "etc/io.wavegrid.strategy.example.momentum.cfg; changes apply from the next candle")
public @interface MomentumConfig {

    @AttributeDefinition(description = "Weight of this contributor within the strategy category", min = "0")
    double weight() default 1.0;

    @AttributeDefinition(description = "Bars over which momentum is measured", min = "2", max = "500")
    int lookback() default 10;

    @AttributeDefinition(description = "Rate of change (e.g. 0.02 = 2 %) that counts as full strength", min = "0.0001")
    double fullStrengthChange() default 0.02;
}
