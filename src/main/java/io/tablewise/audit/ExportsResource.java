package io.tablewise.audit;

import com.atlassian.plugins.rest.api.security.annotation.SystemAdminOnly;
import io.tablewise.web.AccessGuard;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;

/** POST /exports announces an export; PUT /exports/{id} reports its end (api/types.ts ExportStart/Finish). */
@Path("/exports")
@Produces(MediaType.APPLICATION_JSON)
@SystemAdminOnly
public class ExportsResource {
    private final AccessGuard guard;
    private final ExportService exports;

    @Context
    private HttpServletRequest request;

    public ExportsResource(AccessGuard guard, ExportService exports) {
        this.guard = guard;
        this.exports = exports;
    }

    @POST
    public ExportStarted start(ExportStart start) {
        return exports.start(user(), start);
    }

    @PUT
    @Path("{exportId}")
    public void finish(@PathParam("exportId") String exportId, ExportFinish finish) {
        exports.finish(user(), exportId, finish);
    }

    private String user() {
        return guard.requireSystemAdmin(request).getStringValue();
    }
}
