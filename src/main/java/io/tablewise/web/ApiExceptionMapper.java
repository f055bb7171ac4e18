package io.tablewise.web;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;

@Provider
public class ApiExceptionMapper implements ExceptionMapper<ApiException> {
    @Override
    public Response toResponse(ApiException e) {
        return envelope(e.code(), e.getMessage());
    }

    static Response envelope(ErrorCode code, String message) {
        return Response.status(code.status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorEnvelope(code, message))
                .build();
    }
}
