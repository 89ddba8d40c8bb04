package io.wavegrid.exchange.paper.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Wavegrid paper exchange",
        description = "Simulated exchange filled from market data; the platform's default")
public @interface PaperConfig {

    @AttributeDefinition(description = "Seed of the slippage draws: the same seed and market data give the same fills")
    long seed() default 1;

    @AttributeDefinition(description = "Maker fee rate (Binance default 0.1% = 0.001)")
    String maker_fee() default "0.001";

    @AttributeDefinition(description = "Taker fee rate (Binance default 0.1% = 0.001)")
    String taker_fee() default "0.001";

    @AttributeDefinition(description = "Largest slippage of a taker fill in basis points; each fill draws a share of it")
    double slippage_bps() default 2;

    @AttributeDefinition(description = "Share of each candle's or trade's volume the paper orders may take, in (0, 1]")
    String volume_participation() default "0.1";

    @AttributeDefinition(description = "Starting balances as ASSET:amount")
    String[] balances() default {"USDT:10000"};

    @AttributeDefinition(description = "Symbol rules as SYMBOL:tick:step:minQty:minNotional (Binance's values by default)")
    String[] rules() default {
        "BTCUSDT:0.01:0.00001:0.00001:5", "ETHUSDT:0.01:0.0001:0.0001:5", "SOLUSDT:0.01:0.001:0.001:5",
        "BNBUSDT:0.01:0.001:0.001:5", "XRPUSDT:0.0001:0.1:0.1:5"};
}
