package io.statewire.classify.web;

import io.statewire.classify.match.Phrase;
import io.statewire.classify.messaging.TaxonomyReloader;
import io.statewire.classify.tagging.Classifier;
import io.statewire.classify.taxonomy.Taxonomy;
import io.statewire.classify.taxonomy.TopicRule;
import io.statewire.service.security.AdminRole;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * {@code GET /taxonomy}: the taxonomy in use, its version, its topics with their rules, and the last reload error.
 * {@code POST /taxonomy/reload} (administrators only): reads the taxonomy file now and answers the outcome
 * ({@link TaxonomyReloader.Outcome}): 200 when reloaded or unchanged, 422 with the reason when the file is refused.
 */
@Path("/taxonomy")
public class TaxonomyResource {

    /** A rule as written in the taxonomy file. */
    public record RuleView(List<String> any, List<String> all, List<String> none, double weight, int minPlaces,
            Integer maxPlaces) {
    }

    public record TopicView(String code, String label, int cap, double threshold, List<RuleView> rules) {
    }

    public record TaxonomyView(String version, Taxonomy.Secondary secondary, List<TopicView> topics,
            String lastReloadError) {
    }

    private final Classifier classifier;
    private final TaxonomyReloader reloader;

    public TaxonomyResource(Classifier classifier, TaxonomyReloader reloader) {
        this.classifier = classifier;
        this.reloader = reloader;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public TaxonomyView taxonomy() {
        Taxonomy taxonomy = classifier.taxonomy();
        return new TaxonomyView(taxonomy.version(), taxonomy.secondary(), taxonomy.topics().stream()
                .map(t -> new TopicView(t.code(), t.label(), t.cap(), t.threshold(),
                        t.rules().stream().map(TaxonomyResource::view).toList()))
                .toList(), reloader.lastError().orElse(null));
    }

    @POST
    @Path("/reload")
    @RolesAllowed(AdminRole.NAME)
    @Produces(MediaType.APPLICATION_JSON)
    public Response reload() {
        TaxonomyReloader.Outcome outcome = reloader.reload();
        int status = outcome.result() == TaxonomyReloader.Result.REFUSED ? 422 : 200;
        return Response.status(status).entity(outcome).build();
    }

    private static RuleView view(TopicRule rule) {
        return new RuleView(sources(rule.any()), sources(rule.all()), sources(rule.none()), rule.weight(),
                rule.minPlaces(), rule.maxPlaces() == Integer.MAX_VALUE ? null : rule.maxPlaces());
    }

    private static List<String> sources(List<Phrase> phrases) {
        return phrases.stream().map(Phrase::source).toList();
    }
}
