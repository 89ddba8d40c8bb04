package io.wavegrid.marketdata.internal.importer;

import java.io.IOException;
import java.io.Reader;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import io.wavegrid.market.api.Timeframe;
import io.wavegrid.marketdata.internal.importer.BinanceKlineCsvParser.KlineTimes;

/**
 * The body of Binance's {@code GET /api/v3/klines}: {@code [[openTime, "open", "high", "low", "close",
 * "volume", closeTime, "quoteVolume", trades, "takerBase", "takerQuote", "ignore"], ...]}. Streams the
 * file, so a year of 1m bars needs no tree in memory; rows are located by the line their array opens on.
 */
final class BinanceKlineJsonParser implements CandleFileParser {

    private static final int COLUMNS = 12;
    private final JsonFactory json = new JsonFactory();

    @Override
    public void parse(Reader reader, Timeframe timeframe, RowSink sink) throws IOException {
        try (JsonParser parser = json.createParser(reader)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_ARRAY) {
                sink.problem(line(parser), first == null ? "the file is empty, expected a JSON array of klines"
                        : "expected a JSON array of klines, found " + first);
                return;
            }
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (token == null) {
                    sink.problem(line(parser), "the JSON array is not closed");
                    return;
                }
                int rowLine = line(parser);
                if (token != JsonToken.START_ARRAY) {
                    sink.problem(rowLine, "expected a kline array, found " + token);
                    parser.skipChildren();
                    continue;
                }
                readRow(parser, rowLine, timeframe, sink);
            }
            if (parser.nextToken() != null) {
                sink.problem(line(parser), "unexpected content after the JSON array");
            }
        } catch (JsonParseException e) {
            sink.problem(e.getLocation() == null ? 0 : e.getLocation().getLineNr(), "malformed JSON: " + e.getOriginalMessage());
        }
    }

    private static void readRow(JsonParser parser, int rowLine, Timeframe timeframe, RowSink sink) throws IOException {
        long openRaw = 0;
        long closeRaw = 0;
        double[] prices = new double[5];
        String problem = null;
        int index = 0;
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (token == null) {
                throw new JsonParseException(parser, "kline array not closed");
            }
            if (token.isStructStart()) {
                parser.skipChildren();
                problem = problem == null ? "element " + index + " is a nested " + token : problem;
            } else if (problem == null && index < 7) {
                try {
                    if (index == 0) {
                        openRaw = Long.parseLong(parser.getText().trim());
                    } else if (index == 6) {
                        closeRaw = Long.parseLong(parser.getText().trim());
                    } else {
                        prices[index - 1] = Double.parseDouble(parser.getText());
                    }
                } catch (NumberFormatException e) {
                    problem = "element " + index + " is not a number: '" + parser.getText() + "'";
                }
            }
            index++;
        }
        if (problem == null && index != COLUMNS) {
            problem = "expected " + COLUMNS + " elements in a kline, found " + index;
        }
        if (problem == null) {
            problem = KlineTimes.problem(openRaw, closeRaw, timeframe);
        }
        if (problem != null) {
            sink.problem(rowLine, problem);
            return;
        }
        sink.row(rowLine, KlineTimes.toMillis(openRaw), prices[0], prices[1], prices[2], prices[3], prices[4]);
    }

    private static int line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }
}
