package io.wavegrid.marketdata.internal.importer;

import java.io.IOException;
import java.io.Reader;

import io.wavegrid.market.api.Timeframe;

/** Reads one candle file format. Reports malformed rows to the sink and keeps going, so all problems are found at once. */
interface CandleFileParser {

    void parse(Reader in, Timeframe timeframe, RowSink sink) throws IOException;
}
