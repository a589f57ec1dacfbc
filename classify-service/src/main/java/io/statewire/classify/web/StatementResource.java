package io.statewire.classify.web;

import io.smallrye.mutiny.Multi;
import io.statewire.contracts.Statement;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestStreamElementType;

/**
 * The statements this instance has read, as JSON: {@code GET /statements} answers the recent ones, newest first;
 * {@code GET /statements/stream} sends each new one as a server-sent event. Both take the optional filters
 * {@code topic}, {@code place} and {@code organisation}.
 */
@Path("/statements")
public class StatementResource {

    private final StatementFeed feed;

    StatementResource(StatementFeed feed) {
        this.feed = feed;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response recent(@RestQuery String topic, @RestQuery String place, @RestQuery String organisation,
            @RestQuery String limit) {
        int count;
        try {
            count = Limit.parse(limit);
        } catch (IllegalArgumentException e) {
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON)
                    .entity(Map.of("error", e.getMessage())).build();
        }
        return Response.ok(feed.newest(new StatementFilter(topic, place, organisation), count)).build();
    }

    @GET
    @Path("stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    public Multi<Statement> stream(@RestQuery String topic, @RestQuery String place, @RestQuery String organisation) {
        return feed.live(new StatementFilter(topic, place, organisation));
    }
}
