package io.tablewise.privacy;

import com.atlassian.plugins.rest.api.security.annotation.SystemAdminOnly;
import io.tablewise.web.AccessGuard;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.DELETE;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;

/** DELETE /data: removes all Tablewise data (api/types.ts DataPurge). */
@Path("/data")
@Produces(MediaType.APPLICATION_JSON)
@SystemAdminOnly
public class DataResource {
    private final AccessGuard guard;
    private final DataPurgeService purge;

    @Context
    private HttpServletRequest request;

    public DataResource(AccessGuard guard, DataPurgeService purge) {
        this.guard = guard;
        this.purge = purge;
    }

    @DELETE
    public DataPurge delete() {
        return purge.purgeAll(guard.requireSystemAdmin(request).getStringValue());
    }
}
