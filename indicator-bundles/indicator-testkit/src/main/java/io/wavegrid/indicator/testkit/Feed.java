package io.wavegrid.indicator.testkit;

import io.wavegrid.analysis.api.IndicatorCalculator;

/** Runs a calculator over a whole table as the engine would, collecting its outputs bar by bar. */
public final class Feed {

    private Feed() {
    }

    /** {@code result[k][i]} is output {@code outputs[k]} after bar {@code i} (NaN while not ready). */
    public static double[][] values(IndicatorCalculator calculator, CandleTable table, int... outputs) {
        double[][] result = new double[outputs.length][table.size()];
        for (int i = 0; i < table.size(); i++) {
            calculator.update(table.candle(i));
            for (int k = 0; k < outputs.length; k++) {
                result[k][i] = calculator.value(outputs[k]);
            }
        }
        return result;
    }

    /** Output 0 after each bar. */
    public static double[] values(IndicatorCalculator calculator, CandleTable table) {
        return values(calculator, table, 0)[0];
    }

    /** The last {@code n} values of {@code values}. */
    public static double[] tail(double[] values, int n) {
        double[] tail = new double[n];
        System.arraycopy(values, values.length - n, tail, 0, n);
        return tail;
    }
}
