package io.statewire.deploy.manifests;

import static io.statewire.deploy.manifests.TheProject.container;
import static io.statewire.deploy.manifests.TheProject.content;
import static io.statewire.deploy.manifests.TheProject.object;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WorkloadCheckTest {

    private final Manifests manifests = TheProject.manifests();
    private final List<ServiceModule> services = TheProject.services();

    private List<String> problems() {
        return new WorkloadCheck(manifests, services).problems();
    }

    @Test
    void everyServiceRunsWithProbesResourcesAndFittingScale() {
        assertThat(services).extracting(ServiceModule::name)
                .containsExactly("ingest-service", "dedup-service", "classify-service");
        assertThat(problems()).isEmpty();
    }

    @Test
    void aMissingOrMisdirectedProbeIsReported() {
        container(manifests, "Deployment", "ingest-service").remove("readinessProbe");
        object(container(manifests, "StatefulSet", "dedup-service").at("/livenessProbe/httpGet"))
                .put("path", "/health");
        object(container(manifests, "Deployment", "classify-service").at("/livenessProbe/httpGet")).put("port", 8080);

        assertThat(problems())
                .anyMatch(p -> p.contains("ingest-service") && p.contains("no readinessProbe"))
                .anyMatch(p -> p.contains("dedup-service") && p.contains("livenessProbe asks /health"))
                .anyMatch(p -> p.contains("classify-service") && p.contains("port 8080 is not the service's HTTP port 8083"));
    }

    @Test
    void missingResourcesOrARequestAboveItsLimitAreReported() {
        object(container(manifests, "Deployment", "ingest-service").at("/resources/limits")).remove("memory");
        object(container(manifests, "Deployment", "classify-service").at("/resources/requests")).put("cpu", "2");

        assertThat(problems())
                .anyMatch(p -> p.contains("ingest-service") && p.contains("must both set memory"))
                .anyMatch(p -> p.contains("classify-service") && p.contains("cpu request 2 above its limit 1"));
    }

    @Test
    void aMissingAutoscalerOrOneAimedElsewhereIsReported() {
        object(content(manifests, "HorizontalPodAutoscaler", "classify-service").at("/spec/scaleTargetRef"))
                .put("name", "classifier");

        assertThat(problems())
                .anyMatch(p -> p.contains("scaleTargetRef Deployment classifier does not exist"))
                .anyMatch(p -> p.equals("classify-service: no HorizontalPodAutoscaler targets Deployment "
                        + "classify-service (deploy/k8s/services/classify.yaml)"));
    }

    @Test
    void moreInstancesThanTheServiceCanUseAreReported() {
        object(content(manifests, "HorizontalPodAutoscaler", "classify-service").path("spec")).put("maxReplicas", 12);
        object(content(manifests, "HorizontalPodAutoscaler", "ingest-service").path("spec")).put("maxReplicas", 9);
        object(content(manifests, "StatefulSet", "dedup-service").path("spec")).put("replicas", 7);

        assertThat(problems())
                .anyMatch(p -> p.contains("classify-service") && p.contains("up to 12 instances")
                        && p.contains("can use 6 (partitions of [press.passages])"))
                .anyMatch(p -> p.contains("ingest-service") && p.contains("up to 9 instances")
                        && p.contains("(partitions of [ingest.release-state])"))
                .anyMatch(p -> p.contains("dedup-service") && p.contains("partitions of [press.releases]"));
    }

    @Test
    void aServiceWhoseGroupsShareNoTopicRunsOneInstance() {
        List<ServiceModule> withoutGroup = services.stream().map(s -> !s.name().equals("ingest-service") ? s
                : new ServiceModule(s.name(), s.dir(), ServiceSettings.of("quarkus.http.port=8081", List.of())))
                .toList();
        object(content(manifests, "HorizontalPodAutoscaler", "ingest-service").path("spec")).put("maxReplicas", 2);

        assertThat(new WorkloadCheck(manifests, withoutGroup).problems())
                .anyMatch(p -> p.contains("ingest-service") && p.contains("can use 1 (its consumer groups share no"));
    }

    @Test
    void aServiceOrBudgetThatSelectsNoPodsOrNoPortIsReported() {
        object(content(manifests, "Service", "dedup-service").at("/spec/selector"))
                .put("app.kubernetes.io/name", "dedup");
        object(content(manifests, "Service", "classify-service").at("/spec/ports/0")).put("targetPort", "web");
        object(content(manifests, "PodDisruptionBudget", "classify-service").at("/spec/selector/matchLabels"))
                .put("app.kubernetes.io/name", "classify");

        assertThat(problems())
                .anyMatch(p -> p.startsWith("Service dedup-service ") && p.contains("matches no pods"))
                .anyMatch(p -> p.startsWith("Service classify-service ") && p.contains("targetPort web"))
                .anyMatch(p -> p.startsWith("PodDisruptionBudget classify-service ") && p.contains("matches no pods"));
    }

    @Test
    void aServiceWithoutWorkloadOrAWorkloadOfNoServiceIsReported() {
        object(content(manifests, "Deployment", "ingest-service").path("metadata").path("labels"))
                .put("app.kubernetes.io/name", "ingest");

        assertThat(problems())
                .anyMatch(p -> p.startsWith("ingest-service: expected one Deployment or StatefulSet"))
                .anyMatch(p -> p.contains("label app.kubernetes.io/name names no service module"));
    }

    @Test
    void aMetricsPortAnnotationOtherThanTheHttpPortIsReported() {
        object(content(manifests, "StatefulSet", "dedup-service").at("/spec/template/metadata/annotations"))
                .put("prometheus.io/port", "9090");

        assertThat(problems()).anyMatch(p -> p.contains("dedup-service") && p.contains("prometheus.io/port"));
    }

    @Test
    void quantitiesCompareAcrossUnits() {
        assertThat(Quantity.parse("250m")).isEqualTo(0.25);
        assertThat(Quantity.parse("384Mi")).isEqualTo(384 * 1024 * 1024d);
        assertThat(Quantity.parse("1Gi")).isGreaterThan(Quantity.parse("1000Mi"));
        assertThat(Quantity.parse("1G")).isLessThan(Quantity.parse("1Gi"));
    }
}
