package io.tablewise.audit;

import com.atlassian.plugins.rest.api.security.annotation.SystemAdminOnly;
import io.tablewise.web.AccessGuard;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;

/** GET /audit?before=&limit=: the audit log, newest first (api/types.ts AuditPage). */
@Path("/audit")
@Produces(MediaType.APPLICATION_JSON)
@SystemAdminOnly
public class AuditResource {
    private final AccessGuard guard;
    private final AuditService audit;

    @Context
    private HttpServletRequest request;

    public AuditResource(AccessGuard guard, AuditService audit) {
        this.guard = guard;
        this.audit = audit;
    }

    @GET
    public AuditPage page(@QueryParam("before") String before, @QueryParam("limit") String limit) {
        guard.requireSystemAdmin(request);
        return audit.page(before, limit);
    }
}
