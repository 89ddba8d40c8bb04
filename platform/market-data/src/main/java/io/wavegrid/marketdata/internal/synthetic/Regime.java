package io.wavegrid.marketdata.internal.synthetic;

/** Market states the synthetic generator switches between. */
enum Regime {
    /** Positive drift of the log price. */
    UP_TREND(1),
    /** Negative drift of the log price. */
    DOWN_TREND(-1),
    /** No drift; the price is pulled back towards the level where the range began. */
    RANGE(0);

    final int direction;

    Regime(int direction) {
        this.direction = direction;
    }
}
