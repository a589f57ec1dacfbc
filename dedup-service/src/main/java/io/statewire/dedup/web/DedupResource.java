package io.statewire.dedup.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.statewire.dedup.topology.DedupTopology;
import io.statewire.dedup.topology.LocalDedupState;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;

/**
 * Interactive queries on the dedup state of the whole application, from any instance:
 * {@code GET /passages/{passageId}[?scope=]} (where and when a passage was first published) and {@code GET /stats}
 * (passages seen, unique, exact and near repeats). A passage lives in the task of its scope: with {@code scope},
 * the question goes to the instance that owns that scope (Kafka Streams' metadata); without, to every instance,
 * each looking in the scopes it holds. Stats are summed over every instance. {@code ?local=true} answers from
 * this instance only (what the instances ask each other). Answers 503 while state is restored or rebalanced, or
 * when an instance does not answer.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class DedupResource {

    private final KafkaStreams streams;
    private final LocalDedupState local;
    private final PeerClient peers = new PeerClient();

    public DedupResource(KafkaStreams streams) {
        this.streams = streams;
        this.local = new LocalDedupState(streams);
    }

    @GET
    @Path("passages/{passageId}")
    public Response passage(@PathParam("passageId") String passageId, @QueryParam("scope") String scope,
            @QueryParam("local") @DefaultValue("false") boolean localOnly) {
        if (!passageId.matches("[0-9a-f]{32,}")) {
            return Response.status(400).entity(Map.of("error", "a passage id is 32 or more lower-case hex digits"))
                    .build();
        }
        try {
            Optional<String> inScope = Optional.ofNullable(scope).filter(s -> !s.isBlank());
            if (localOnly) {
                return local.passage(passageId, inScope).map(found -> Response.ok(found).build())
                        .orElseGet(() -> notSeen(passageId));
            }
            String query = "/passages/" + passageId + "?local=true"
                    + inScope.map(s -> "&scope=" + URLEncoder.encode(s, StandardCharsets.UTF_8)).orElse("");
            for (HostInfo host : inScope.map(this::ownerOf).orElseGet(this::allInstances)) {
                if (isThisInstance(host)) {
                    var found = local.passage(passageId, inScope);
                    if (found.isPresent()) {
                        return Response.ok(found.get()).build();
                    }
                } else {
                    PeerClient.Answer answer = peers.get(host, query);
                    if (answer.status() == 200) {
                        return Response.ok(answer.body()).build();
                    }
                    if (answer.status() != 404) {
                        return unavailable(host + " answered " + answer.status() + ": " + answer.body());
                    }
                }
            }
            return notSeen(passageId);
        } catch (InvalidStateStoreException | PeerClient.PeerUnavailableException e) {
            return unavailable(e.getMessage());
        }
    }

    @GET
    @Path("stats")
    public Response stats(@QueryParam("local") @DefaultValue("false") boolean localOnly) {
        try {
            if (localOnly) {
                return Response.ok(local.stats()).build();
            }
            Map<String, Long> totals = new LinkedHashMap<>();
            for (HostInfo host : allInstances()) {
                if (isThisInstance(host)) {
                    local.stats().forEach((name, value) -> totals.merge(name, value, Long::sum));
                } else {
                    PeerClient.Answer answer = peers.get(host, "/stats?local=true");
                    if (answer.status() != 200) {
                        return unavailable(host + " answered " + answer.status() + ": " + answer.body());
                    }
                    for (Iterator<Map.Entry<String, JsonNode>> it = answer.body().fields(); it.hasNext(); ) {
                        Map.Entry<String, JsonNode> counter = it.next();
                        totals.merge(counter.getKey(), counter.getValue().asLong(), Long::sum);
                    }
                }
            }
            return Response.ok(totals).build();
        } catch (InvalidStateStoreException | PeerClient.PeerUnavailableException e) {
            return unavailable(e.getMessage());
        }
    }

    private List<HostInfo> ownerOf(String scope) {
        KeyQueryMetadata owner = streams.queryMetadataForKey(DedupTopology.PASSAGES_STORE, scope,
                new StringSerializer());
        if (owner == null || owner.equals(KeyQueryMetadata.NOT_AVAILABLE)) {
            throw new InvalidStateStoreException("no instance owns scope " + scope + " yet");
        }
        return List.of(owner.activeHost());
    }

    /** Every instance that holds part of the state; this one alone when none advertises an address. */
    private List<HostInfo> allInstances() {
        List<HostInfo> hosts = streams.streamsMetadataForStore(DedupTopology.PASSAGES_STORE).stream()
                .map(StreamsMetadata::hostInfo).distinct().toList();
        return hosts.isEmpty() ? List.of(HostInfo.unavailable()) : hosts;
    }

    /**
     * True for this instance's own address: the one whose partitions are this instance's active tasks' (the address
     * it advertises can differ from the port it listens on, as in tests on a random port).
     */
    private boolean isThisInstance(HostInfo host) {
        if (host.equals(HostInfo.unavailable())) {
            return true;
        }
        Set<TopicPartition> mine = streams.metadataForLocalThreads().stream()
                .flatMap(thread -> thread.activeTasks().stream())
                .flatMap(task -> task.topicPartitions().stream()).collect(Collectors.toSet());
        return streams.metadataForAllStreamsClients().stream().filter(client -> client.hostInfo().equals(host))
                .anyMatch(client -> !Collections.disjoint(client.topicPartitions(), mine));
    }

    private static Response notSeen(String passageId) {
        return Response.status(404).entity(Map.of("error", "passage " + passageId + " not seen")).build();
    }

    private static Response unavailable(String why) {
        return Response.status(503).entity(Map.of("error", "state not queryable now: " + why)).build();
    }
}
