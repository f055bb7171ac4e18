package io.tablewise.privacy;

import com.atlassian.plugins.rest.api.security.annotation.SystemAdminOnly;
import io.tablewise.web.AccessGuard;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;

/** GET/PUT /retention: how many days audit entries are kept (api/types.ts Retention). */
@Path("/retention")
@Produces(MediaType.APPLICATION_JSON)
@SystemAdminOnly
public class RetentionResource {
    private final AccessGuard guard;
    private final RetentionService retention;

    @Context
    private HttpServletRequest request;

    public RetentionResource(AccessGuard guard, RetentionService retention) {
        this.guard = guard;
        this.retention = retention;
    }

    @GET
    public Retention get() {
        guard.requireSystemAdmin(request);
        return retention.get();
    }

    @PUT
    public Retention put(Retention value) {
        guard.requireSystemAdmin(request);
        return retention.update(value);
    }
}
