package io.wavegrid.infra.api;

/** The bus refused an event or command because its bounded buffer is full; nothing was taken. */
public class BusOverflowException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BusOverflowException(String message) {
        super(message);
    }
}
