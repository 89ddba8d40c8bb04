package io.wavegrid.infra.api;

/**
 * The backing store (database, Redis) could not be reached or failed mid-operation. The operation was not
 * applied: a journal write that throws this did not journal the order, so the order must not be sent.
 */
public class StoreUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
