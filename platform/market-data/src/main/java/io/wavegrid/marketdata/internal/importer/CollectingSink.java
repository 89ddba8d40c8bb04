package io.wavegrid.marketdata.internal.importer;

import java.util.ArrayList;
import java.util.List;

import io.wavegrid.market.api.Candle;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Timeframe;
import io.wavegrid.marketdata.internal.validate.CandleValidator;

/** Validates parsed rows as a series and keeps the candles and the first problems with their line numbers. */
final class CollectingSink implements RowSink {

    private static final int PROBLEMS_SHOWN = 10;

    private final Symbol symbol;
    private final Timeframe timeframe;
    private final CandleValidator validator;
    private final List<Candle> candles = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private int problemCount;

    CollectingSink(Symbol symbol, Timeframe timeframe) {
        this.symbol = symbol;
        this.timeframe = timeframe;
        this.validator = new CandleValidator(symbol, timeframe);
    }

    @Override
    public void row(int line, long openTime, double open, double high, double low, double close, double volume) {
        String problem = validator.check(openTime, open, high, low, close, volume);
        if (problem != null) {
            problem(line, problem);
        } else if (problemCount == 0) {
            candles.add(new Candle(symbol, timeframe, openTime, open, high, low, close, volume));
        }
    }

    @Override
    public void problem(int line, String problem) {
        problemCount++;
        if (problems.size() < PROBLEMS_SHOWN) {
            problems.add("line " + line + ": " + problem);
        }
    }

    int problemCount() {
        return problemCount;
    }

    String problemText() {
        String text = String.join("; ", problems);
        return problemCount > problems.size() ? text + "; and " + (problemCount - problems.size()) + " more" : text;
    }

    List<Candle> candles() {
        return candles;
    }
}
