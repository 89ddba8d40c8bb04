package io.wavegrid.indicator.core;

/** Parameter checks shared by every primitive, so a bad configuration fails with the parameter's name. */
public final class Periods {

    private Periods() {
    }

    public static int requirePositive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1: " + value);
        }
        return value;
    }

    public static double requirePositive(String name, double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be a positive finite number: " + value);
        }
        return value;
    }
}
