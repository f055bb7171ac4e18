package io.tablewise.web;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.Context;
import javax.ws.rs.ext.Provider;

/**
 * Runs the AccessGuard before every Tablewise request, before it is even matched to a resource:
 * otherwise routing answers first (404, 405, 415 for a form post) and a forged mutation or an
 * outsider learns which endpoints exist instead of getting 401/403.
 */
@Provider
@PreMatching
public class AccessFilter implements ContainerRequestFilter {
    private final AccessGuard guard;

    @Context
    private HttpServletRequest request;

    public AccessFilter(AccessGuard guard) {
        this.guard = guard;
    }

    @Override
    public void filter(ContainerRequestContext context) {
        guard.requireSystemAdmin(request);
    }
}
