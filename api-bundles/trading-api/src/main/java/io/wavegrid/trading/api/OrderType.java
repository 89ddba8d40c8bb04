package io.wavegrid.trading.api;

public enum OrderType {
    MARKET, LIMIT, STOP_MARKET, STOP_LIMIT;

    public boolean needsPrice() {
        return this == LIMIT || this == STOP_LIMIT;
    }

    public boolean needsStopPrice() {
        return this == STOP_MARKET || this == STOP_LIMIT;
    }
}
