package io.wavegrid.engine.core.profile;

/** A profile configuration that cannot be applied; the message lists every problem found. */
public final class InvalidProfileException extends Exception {

    private static final long serialVersionUID = 1L;

    public InvalidProfileException(String message) {
        super(message);
    }
}
