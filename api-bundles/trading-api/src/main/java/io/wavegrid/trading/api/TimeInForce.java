package io.wavegrid.trading.api;

public enum TimeInForce {
    GTC, IOC, FOK
}
