package io.tablewise.web;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything that is not an ApiException: JAX-RS's own errors (unknown path, wrong method or
 * media type, unparsable parameters) keep their status; anything else is a bug, logged here
 * with its stack trace and answered without it.
 */
@Provider
public class FallbackExceptionMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = LoggerFactory.getLogger(FallbackExceptionMapper.class);

    @Override
    public Response toResponse(Throwable e) {
        if (e instanceof ApiException api) {
            return ApiExceptionMapper.envelope(api.code(), api.getMessage());
        }
        if (e instanceof WebApplicationException web) {
            return fromStatus(web.getResponse().getStatus());
        }
        LOG.error("Unexpected error in a Tablewise REST call", e);
        return ApiExceptionMapper.envelope(ErrorCode.INTERNAL_ERROR, "Unexpected error; see the server log.");
    }

    private static Response fromStatus(int status) {
        return switch (status) {
            case 401 -> ApiExceptionMapper.envelope(ErrorCode.NOT_AUTHENTICATED, "Log in first.");
            case 403 -> ApiExceptionMapper.envelope(ErrorCode.NOT_SYSTEM_ADMIN, "Forbidden.");
            case 404 -> ApiExceptionMapper.envelope(ErrorCode.NOT_FOUND, "No such resource.");
            case 409 -> ApiExceptionMapper.envelope(ErrorCode.CONFLICT, "Conflict.");
            default -> status >= 500
                    ? ApiExceptionMapper.envelope(ErrorCode.INTERNAL_ERROR, "Unexpected error; see the server log.")
                    : Response.status(status).type("application/json")
                            .entity(new ErrorEnvelope(ErrorCode.BAD_REQUEST, "Bad request (HTTP " + status + ")."))
                            .build();
        };
    }
}
