package io.wavegrid.marketdata;

/** A candle file could not be imported; the message names the file, the line and the problem. Nothing was stored. */
public class CandleImportException extends Exception {

    private static final long serialVersionUID = 1L;

    public CandleImportException(String message) {
        super(message);
    }

    public CandleImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
