package io.tablewise.web;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.core.Context;
import javax.ws.rs.ext.Provider;

/** Runs the AccessGuard before every Tablewise resource method. */
@Provider
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
