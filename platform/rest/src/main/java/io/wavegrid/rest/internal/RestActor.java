package io.wavegrid.rest.internal;

/** The actor the audit log records for calls over the REST API, until requests carry an authenticated user. */
final class RestActor {

    static final String NAME = "rest";

    private RestActor() {
    }
}
