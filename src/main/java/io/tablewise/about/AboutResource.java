package io.tablewise.about;

import com.atlassian.plugins.rest.api.security.annotation.SystemAdminOnly;
import io.tablewise.web.AccessGuard;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;

/** GET /about: this app's and the product's versions and the SBOM's components (api/types.ts About). */
@Path("/about")
@Produces(MediaType.APPLICATION_JSON)
@SystemAdminOnly
public class AboutResource {
    private final AccessGuard guard;
    private final AppInfo appInfo;
    private final Sbom sbom;

    @Context
    private HttpServletRequest request;

    public AboutResource(AccessGuard guard, AppInfo appInfo, Sbom sbom) {
        this.guard = guard;
        this.appInfo = appInfo;
        this.sbom = sbom;
    }

    @GET
    public About get() {
        guard.requireSystemAdmin(request);
        return new About(new About.App(appInfo.appVersion()), appInfo.productDetails(),
                sbom.components());
    }
}
