package io.wavegrid.rest.internal;

/** The body of every error response: one message a person can act on. */
record ErrorBody(String error) {
}
