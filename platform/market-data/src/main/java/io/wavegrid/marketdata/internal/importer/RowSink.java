package io.wavegrid.marketdata.internal.importer;

/** Receives what a parser reads, row by row, with 1-based line numbers of the file. */
interface RowSink {

    void row(int line, long openTimeMillis, double open, double high, double low, double close, double volume);

    void problem(int line, String problem);
}
