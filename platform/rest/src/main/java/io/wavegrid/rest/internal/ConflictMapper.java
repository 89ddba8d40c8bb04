package io.wavegrid.rest.internal;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

/** A request the current state does not allow (e.g. cancelling an executed signal) becomes 409 with the reason. */
final class ConflictMapper implements ExceptionMapper<IllegalStateException> {

    @Override
    public Response toResponse(IllegalStateException e) {
        return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON)
                .entity(new ErrorBody(e.getMessage())).build();
    }
}
