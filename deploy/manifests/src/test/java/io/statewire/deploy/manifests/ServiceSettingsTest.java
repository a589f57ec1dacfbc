package io.statewire.deploy.manifests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceSettingsTest {

    private static final String PROPERTIES = """
            ## HTTP
            quarkus.http.port=8089
            %test.quarkus.http.test-port=0
            statewire.sources=${STATEWIRE_SOURCES:}
            quarkus.log.category."org.apache.kafka".level=WARN
            mp.messaging.incoming.things-in.topic=things
            mp.messaging.incoming.things-in.group.id=thing-readers
            mp.messaging.outgoing.things-out.transactional.id=thing-writer-${statewire.instance}
            quarkus.kafka-streams.application-id=thing-streams
            quarkus.kafka-streams.topics=left, right
            """;
    private static final String SOURCE = """
            class Poller {
                Poller(@ConfigProperty(name = "statewire.poll.interval", defaultValue = "PT1S") Duration interval,
                        @ConfigProperty(defaultValue = "3", name = "statewire.poll.threads") int threads) {
                }
            }
            @ConfigMapping(prefix = "statewire.limits")
            interface Limits {
            }
            """;

    private final ServiceSettings settings = ServiceSettings.of(PROPERTIES, List.of(SOURCE));

    @Test
    void aPropertyBecomesAnEnvironmentVariableInUpperCaseWithUnderscores() {
        assertThat(ServiceSettings.envName("statewire.ingest.min-host-delay")).isEqualTo("STATEWIRE_INGEST_MIN_HOST_DELAY");
        assertThat(ServiceSettings.envName("kafka-streams.state.dir")).isEqualTo("KAFKA_STREAMS_STATE_DIR");
        assertThat(ServiceSettings.envName("quarkus.log.category.\"org.apache.kafka\".level"))
                .isEqualTo("QUARKUS_LOG_CATEGORY__ORG_APACHE_KAFKA__LEVEL");
    }

    @Test
    void settingsComeFromPropertiesProfilesExpressionsAnnotationsAndTheKafkaSecuritySettings() {
        assertThat(List.of("QUARKUS_HTTP_PORT", "QUARKUS_HTTP_TEST_PORT", "STATEWIRE_SOURCES",
                "QUARKUS_LOG_CATEGORY__ORG_APACHE_KAFKA__LEVEL", "STATEWIRE_POLL_INTERVAL", "STATEWIRE_POLL_THREADS",
                "STATEWIRE_LIMITS_PAGES", "STATEWIRE_INSTANCE", "KAFKA_SASL_JAAS_CONFIG", "KAFKA_SECURITY_PROTOCOL",
                "KAFKA_SSL_TRUSTSTORE_LOCATION"))
                .allMatch(settings::readsEnv);
        assertThat(List.of("STATEWIRE_POLL", "STATEWIRE_LIMITS", "QUARKUS_HTTP_HOST", "KAFKA_SASL_KERBEROS_SERVICE_NAME",
                "STATEWIRE_SOURCE"))
                .noneMatch(settings::readsEnv);
        assertThat(settings.readsProperty("statewire.poll.threads")).isTrue();
        assertThat(settings.readsProperty("statewire.limits.pages")).isTrue();
        assertThat(settings.readsProperty("statewire.poll.thread")).isFalse();
    }

    @Test
    void topicsGroupsAndTransactionalIdsComeFromTheChannelsAndStreams() {
        assertThat(settings.httpPort()).isEqualTo(8089);
        assertThat(settings.inputTopics()).containsExactly("things", "left", "right");
        assertThat(settings.consumerGroups()).containsExactly("thing-readers");
        assertThat(settings.transactionalIdPrefixes()).containsExactly("thing-writer-");
        assertThat(settings.streamsApplicationId()).contains("thing-streams");
        assertThat(settings.value("quarkus.http.test-port")).isEmpty();
    }

    @Test
    void aGroupJoinedOnlyToShareWorkOutIsAGroupAndItsTopicIsShared() {
        ServiceSettings sharing = ServiceSettings.of("""
                statewire.poller.group.id=pollers
                statewire.poller.group.topic=poll-state
                %test.statewire.poller.group.topic=other
                mp.messaging.incoming.things-in.topic=things
                mp.messaging.incoming.things-in.group.id=thing-readers
                """, List.of());

        assertThat(sharing.consumerGroups()).containsExactlyInAnyOrder("pollers", "thing-readers");
        assertThat(sharing.membershipTopics()).containsExactly("poll-state");
        assertThat(sharing.inputTopics()).containsExactly("things");
        assertThat(sharing.sharedTopics()).containsExactlyInAnyOrder("things", "poll-state");
        assertThat(settings.membershipTopics()).isEmpty();
        assertThat(settings.sharedTopics()).containsExactly("things", "left", "right");
    }

    @Test
    void theServicesOfTheCheckoutAreReadFromTheirSources() {
        ServiceSettings classify = TheProject.service("classify-service").settings();
        ServiceSettings dedup = TheProject.service("dedup-service").settings();
        ServiceSettings ingest = TheProject.service("ingest-service").settings();

        assertThat(classify.inputTopics()).containsExactly("press.passages");
        assertThat(classify.readsEnv("STATEWIRE_CLASSIFY_REPLICATION_FACTOR")).isTrue();
        assertThat(dedup.inputTopics()).containsExactly("press.releases");
        assertThat(dedup.readsEnv("KAFKA_STREAMS_NUM_STANDBY_REPLICAS")).isTrue();
        assertThat(dedup.readsEnv("STATEWIRE_DEDUP_RETENTION")).isTrue();
        assertThat(ingest.inputTopics()).isEmpty();
        assertThat(ingest.sharedTopics()).containsExactly("ingest.release-state");
        assertThat(ingest.consumerGroups()).containsExactly("statewire-ingest");
        assertThat(ingest.readsEnv("STATEWIRE_INSTANCE")).isTrue();
        assertThat(ingest.readsEnv("STATEWIRE_INGEST_MIN_HOST_DELAY")).isTrue();
        assertThat(ingest.readsEnv("STATEWIRE_DEDUP_RETENTION")).isFalse();
    }
}
