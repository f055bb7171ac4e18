package io.tablewise.tables;

import com.atlassian.plugins.rest.api.security.annotation.SystemAdminOnly;
import io.tablewise.web.AccessGuard;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/** /tables: the catalog and rows of every table (api/types.ts TableList, TableDetail, RowPage, RowBatch). */
@Path("/tables")
@Produces(MediaType.APPLICATION_JSON)
@SystemAdminOnly
public class TablesResource {
    private final AccessGuard guard;
    private final CatalogService catalog;
    private final RowPageService pages;
    private final RowLookupService lookups;
    @Context
    private HttpServletRequest request;

    public TablesResource(AccessGuard guard, CatalogService catalog, RowPageService pages, RowLookupService lookups) {
        this.guard = guard;
        this.catalog = catalog;
        this.pages = pages;
        this.lookups = lookups;
    }

    @GET
    public TableList list() {
        user();
        return catalog.list();
    }

    @GET
    @Path("{table}")
    public TableDetail table(@PathParam("table") String table) {
        user();
        return catalog.detail(table);
    }

    @GET
    @Path("{table}/rows")
    public Response rows(@PathParam("table") String table, @QueryParam("columns") String columns,
            @QueryParam("after") String after, @QueryParam("limit") String limit,
            @QueryParam("maxBytes") String maxBytes, @QueryParam("filters") String filters,
            @QueryParam("reveal") String reveal, @QueryParam("exportId") String exportId) {
        return json(pages.page(user(), new PageRequest(table, columns, after, limit, maxBytes, filters, reveal, exportId)));
    }

    @GET
    @Path("{table}/rows/{id}")
    public Response row(@PathParam("table") String table, @PathParam("id") String id,
            @QueryParam("columns") String columns, @QueryParam("reveal") String reveal) {
        return json(lookups.row(user(), table, id, columns, reveal));
    }

    @POST
    @Path("{table}/rows/batch")
    public Response batch(@PathParam("table") String table, RowBatchRequest body) {
        return json(lookups.batch(user(), table, body));
    }

    private String user() {
        return guard.requireSystemAdmin(request).getStringValue();
    }

    /** Row data is never cached by browsers or proxies. */
    private static Response json(JsonBody body) {
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).header("Content-Length", body.size())
                .header("Cache-Control", "no-store").build();
    }
}
