package io.statewire.dedup.web;

import io.statewire.dedup.topology.DedupTopology;
import io.statewire.dedup.topology.FirstSeen;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Interactive queries on this instance's dedup state: {@code GET /passages/{passageId}} (where and when a passage
 * was first published) and {@code GET /stats} (passages seen, unique, exact and near repeats). Answers 503 while
 * the state is being restored or rebalanced.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class DedupResource {

    private final KafkaStreams streams;

    public DedupResource(KafkaStreams streams) {
        this.streams = streams;
    }

    @GET
    @Path("passages/{passageId}")
    public Response passage(@PathParam("passageId") String passageId) {
        try {
            FirstSeen first = this.<FirstSeen>store(DedupTopology.SEEN_PASSAGES_STORE).get(passageId);
            return first == null
                    ? Response.status(404).entity(Map.of("error", "passage " + passageId + " not seen")).build()
                    : Response.ok(first).build();
        } catch (InvalidStateStoreException e) {
            return unavailable(e);
        }
    }

    @GET
    @Path("stats")
    public Response stats() {
        Map<String, Long> totals = new LinkedHashMap<>();
        for (String name : new String[] {"seen", "unique", "exactRepeats", "nearRepeats"}) {
            totals.put(name, 0L);
        }
        try (KeyValueIterator<String, Long> all = this.<Long>store(DedupTopology.STATS_STORE).all()) {
            while (all.hasNext()) {
                KeyValue<String, Long> counter = all.next();
                totals.merge(counter.key.substring(0, counter.key.indexOf('@')), counter.value, Long::sum);
            }
            return Response.ok(totals).build();
        } catch (InvalidStateStoreException e) {
            return unavailable(e);
        }
    }

    private <V> ReadOnlyKeyValueStore<String, V> store(String name) {
        return streams.store(StoreQueryParameters.fromNameAndType(name, QueryableStoreTypes.<String, V>keyValueStore()));
    }

    private static Response unavailable(InvalidStateStoreException e) {
        return Response.status(503).entity(Map.of("error", "state not queryable yet: " + e.getMessage())).build();
    }
}
