package io.statewire.ingest.web;

import io.statewire.ingest.poll.PollResult;
import io.statewire.ingest.poll.PollScheduler;
import io.statewire.service.security.AdminRole;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code POST /sources/{id}/poll} (administrators only): polls one source now instead of at its next interval and
 * answers what the poll did ({@link PollResult}); 404 for an unknown source, 503 while the service is starting, 409
 * for a source another instance polls (the instances share the sources out), naming that instance when the cluster
 * says which it is: ask that instance, as a poll here could run at the same time as its own.
 */
@Path("/sources")
public class SourceResource {

    private final PollScheduler scheduler;

    public SourceResource(PollScheduler scheduler) {
        this.scheduler = scheduler;
    }

    @POST
    @Path("/{id}/poll")
    @RolesAllowed(AdminRole.NAME)
    @Produces(MediaType.APPLICATION_JSON)
    public Response poll(@PathParam("id") String sourceId) {
        try {
            return scheduler.pollNow(sourceId)
                    .map(result -> Response.ok(result).build())
                    .orElseGet(() -> Response.status(Response.Status.NOT_FOUND)
                            .entity(new Problem("no source has the id " + sourceId)).build());
        } catch (PollScheduler.NotStartedException e) {
            return Response.status(Response.Status.SERVICE_UNAVAILABLE).entity(new Problem(e.getMessage())).build();
        } catch (PollScheduler.NotOwnedException e) {
            return Response.status(Response.Status.CONFLICT).entity(new Problem(e.getMessage())).build();
        }
    }

    /** Why a request could not be served. */
    public record Problem(String error) {
    }
}
