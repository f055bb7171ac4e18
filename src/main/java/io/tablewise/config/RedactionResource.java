package io.tablewise.config;

import com.atlassian.plugins.rest.api.security.annotation.SystemAdminOnly;
import io.tablewise.web.AccessGuard;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;

/** GET/PUT /redaction: the columns administrators redact on top of the built-in rules. */
@Path("/redaction")
@Produces(MediaType.APPLICATION_JSON)
@SystemAdminOnly
public class RedactionResource {
    private final AccessGuard guard;
    private final RedactionListService redaction;

    @Context
    private HttpServletRequest request;

    public RedactionResource(AccessGuard guard, RedactionListService redaction) {
        this.guard = guard;
        this.redaction = redaction;
    }

    @GET
    public RedactionList get() {
        guard.requireSystemAdmin(request);
        return redaction.get();
    }

    @PUT
    public RedactionList put(RedactionList list) {
        return redaction.replace(guard.requireSystemAdmin(request).getStringValue(), list);
    }
}
