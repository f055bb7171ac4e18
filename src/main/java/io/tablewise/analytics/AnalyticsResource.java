package io.tablewise.analytics;

import com.atlassian.plugins.rest.api.security.annotation.SystemAdminOnly;
import io.tablewise.web.AccessGuard;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;

/**
 * GET/PUT /analytics (switch, settings, status), GET /analytics/preview (the next batch,
 * decoded), DELETE /analytics/events (purge). api/types.ts Analytics*.
 */
@Path("/analytics")
@Produces(MediaType.APPLICATION_JSON)
@SystemAdminOnly
public class AnalyticsResource {
    private final AccessGuard guard;
    private final AnalyticsService analytics;

    @Context
    private HttpServletRequest request;

    public AnalyticsResource(AccessGuard guard, AnalyticsService analytics) {
        this.guard = guard;
        this.analytics = analytics;
    }

    @GET
    public AnalyticsView get() {
        guard.requireSystemAdmin(request);
        return analytics.view();
    }

    @PUT
    public AnalyticsView put(AnalyticsSettings settings) {
        guard.requireSystemAdmin(request);
        return analytics.update(settings);
    }

    @GET
    @Path("preview")
    public AnalyticsPreview preview() {
        guard.requireSystemAdmin(request);
        return analytics.preview();
    }

    @DELETE
    @Path("events")
    public AnalyticsPurge purge() {
        guard.requireSystemAdmin(request);
        return analytics.purge();
    }
}
