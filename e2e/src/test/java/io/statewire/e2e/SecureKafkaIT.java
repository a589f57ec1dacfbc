package io.statewire.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.statewire.contracts.JsonSerde;
import io.statewire.contracts.Topics;
import io.statewire.local.sample.SampleRelease;
import io.statewire.local.sample.SampleSite;
import io.statewire.testing.KafkaUserManifests;
import io.statewire.testing.SecureKafkaBroker;
import io.statewire.testing.ServiceProcess;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * The pipeline on a Kafka broker that talks only SASL_SSL (SCRAM-SHA-512 over TLS) and allows nothing without an ACL
 * ({@code StandardAuthorizer}). The SCRAM users are created at format time and the ACLs are exactly those of the
 * Strimzi manifests in {@code deploy/k8s/kafka/users.yaml}; each service runs as a packaged process with its own
 * user, set only through the {@code KAFKA_*} environment variables a deployment sets.
 * <p>
 * Releases on the sample site come out as statements, unreadable records go to the dead-letter topics, classify
 * creates its turns topic and shows its statements on {@code GET /statements}, and the broker denies the services
 * nothing meanwhile: the manifests' ACLs are enough for everything the services do. Then a wrong password, a
 * plaintext client and each service's user on another service's topics or group are refused; and no password shows
 * in the services' logs.
 */
class SecureKafkaIT {

    private static final Path USERS_MANIFEST = Path.of("..", "deploy", "k8s", "kafka", "users.yaml");
    private static final Duration START = Duration.ofSeconds(120);
    private static final Duration WAIT = Duration.ofSeconds(120);
    private static final String INGEST = "statewire-ingest";
    private static final String DEDUP = "statewire-dedup";
    private static final String CLASSIFY = "statewire-classify";
    private static final List<String> SERVICES = List.of("ingest-service", "dedup-service", "classify-service");

    private final Map<String, String> passwords = new LinkedHashMap<>();
    private final String adminHttpPassword = secret();
    private final String run = "secure-" + UUID.randomUUID().toString().substring(0, 8);
    private SecureKafkaBroker broker;

    @Test
    void thePipelineRunsWithEachServicesOwnLeastPrivilegeAndEverythingElseIsRefused() throws Exception {
        List<KafkaUserManifests.User> users = KafkaUserManifests.read(USERS_MANIFEST);
        assertThat(users).extracting(KafkaUserManifests.User::name).containsExactlyInAnyOrder(INGEST, DEDUP, CLASSIFY);
        users.forEach(user -> passwords.put(user.name(), secret()));
        Path work = Files.createDirectories(Path.of("target", run)).toAbsolutePath();

        try (SecureKafkaBroker started = SecureKafkaBroker.start(work.resolve("kafka"), passwords, START)) {
            broker = started;
            prepare(users.stream().flatMap(user -> user.acls().stream()).toList());
            runPipeline(work);
            assertThat(broker.denials()).as("requests of the services the broker denied").isEmpty();
            refusals();
        }
        for (String service : SERVICES) {
            String log = Files.readString(Path.of("target", "service-logs", service + ".log"), StandardCharsets.UTF_8);
            assertThat(log).as(service + " log").contains("started in");
            for (String secret : secrets()) {
                assertThat(log).as(service + " log").doesNotContain(secret);
            }
        }
    }

    /**
     * As an administrator: creates the pipeline's topics but classify's turns topic (classify creates it when
     * missing) and the manifests' ACLs, and waits until the broker holds exactly those.
     */
    private void prepare(List<AclBinding> acls) throws Exception {
        try (Admin admin = Admin.create(broker.adminSettings())) {
            admin.createTopics(Topics.PIPELINE.stream().filter(topic -> !topic.equals(Topics.CLASSIFY_TURNS))
                    .map(topic -> new NewTopic(topic, 3, (short) 1).configs(Topics.configOf(topic))).toList())
                    .all().get(30, TimeUnit.SECONDS);
            admin.createAcls(acls).all().get(30, TimeUnit.SECONDS);
            // ACLs take effect once the broker has applied the metadata records that hold them
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                    admin.describeAcls(AclBindingFilter.ANY).values().get(30, TimeUnit.SECONDS))
                    .as("the broker's ACLs are the manifests' and nothing more")
                    .containsExactlyInAnyOrderElementsOf(acls));
        }
    }

    /** The three services, each with its own user, from the sample site to statements and dead letters. */
    private void runPipeline(Path work) throws Exception {
        try (SampleSite site = SampleSite.start(0, Duration.ofHours(1))) {
            Path sources = site.writeSources(work.resolve("sources.yaml"), run);
            Map<String, String> pkcs12Trust = Map.of(
                    "KAFKA_SSL_TRUSTSTORE_LOCATION", broker.tls().pkcs12TrustStore().toString(),
                    "KAFKA_SSL_TRUSTSTORE_TYPE", "PKCS12",
                    "KAFKA_SSL_TRUSTSTORE_PASSWORD", broker.tls().trustStorePassword());
            try (var classify = ServiceProcess.start("classify-service",
                            Map.of("kafka.bootstrap.servers", broker.bootstrapServers()),
                            environment(CLASSIFY, pemTrust(), adminHttpPassword));
                 var dedup = ServiceProcess.start("dedup-service",
                            Map.of("kafka.bootstrap.servers", broker.bootstrapServers(),
                                    "kafka-streams.state.dir", work.resolve("dedup-state").toString()),
                            environment(DEDUP, pkcs12Trust, null))) {
                classify.awaitReady(START);
                dedup.awaitReady(START);
                try (Admin admin = Admin.create(broker.adminSettings())) {
                    assertThat(admin.listTopics().names().get(30, TimeUnit.SECONDS)).as("created by classify")
                            .contains(Topics.CLASSIFY_TURNS, Topics.statementsFor("energy"));
                }
                try (var ingest = ServiceProcess.start("ingest-service",
                        Map.of("kafka.bootstrap.servers", broker.bootstrapServers(),
                                "statewire.sources", sources.toString()),
                        environment(INGEST, pemTrust(), adminHttpPassword))) {
                    ingest.awaitReady(START);
                    Set<String> expected = paragraphs(site.releases());
                    assertThat(committed(Topics.STATEMENTS, JsonSerde.statements().deserializer(),
                            r -> r.value().source().equals(run), expected.size()))
                            .extracting(r -> r.value().text()).containsExactlyInAnyOrderElementsOf(expected);
                    await().atMost(WAIT).until(() -> get(classify, "/statements?limit=1000").contains(run));

                    produceUnreadable(Topics.RELEASES);
                    produceUnreadable(Topics.PASSAGES);
                    for (String topic : List.of(Topics.RELEASES, Topics.PASSAGES)) {
                        assertThat(committed(Topics.deadLetter(topic), new StringDeserializer(),
                                r -> r.key().equals(run + ":unreadable"), 1)).as(topic + " dead letters").hasSize(1);
                    }

                    assertThat(post(ingest, "/sources/" + run + "/poll", null)).isEqualTo(401);
                    assertThat(post(ingest, "/sources/" + run + "/poll", adminHttpPassword)).isEqualTo(200);
                    assertThat(post(classify, "/taxonomy/reload", "wrong")).isEqualTo(401);
                    assertThat(post(classify, "/taxonomy/reload", adminHttpPassword)).isEqualTo(200);
                    assertThat(ingest.stop()).isIn(0, 130, 143);
                }
                assertThat(dedup.stop()).isIn(0, 130, 143);
                assertThat(classify.stop()).isIn(0, 130, 143);
            }
        }
    }

    /** What no service's user may do, and what no one without a valid SCRAM login over TLS may do. */
    private void refusals() throws Exception {
        assertThat(Attempt.connecting(broker.clientSettings(INGEST, "not" + passwords.get(INGEST))))
                .as("a wrong password").isInstanceOf(SaslAuthenticationException.class);
        assertThat(Attempt.producing(Map.of("bootstrap.servers", broker.bootstrapServers()), Topics.RELEASES))
                .as("a plaintext client").isInstanceOf(TimeoutException.class);

        Map<String, Object> ingest = broker.clientSettings(INGEST, passwords.get(INGEST));
        Map<String, Object> dedup = broker.clientSettings(DEDUP, passwords.get(DEDUP));
        Map<String, Object> classify = broker.clientSettings(CLASSIFY, passwords.get(CLASSIFY));
        assertThat(Attempt.reading(ingest, Topics.INGEST_STATE)).as("control: ingest reads its state").isNull();
        assertThat(Attempt.producing(classify, Topics.deadLetter(Topics.PASSAGES)))
                .as("control: classify writes its dead letters").isNull();

        assertThat(Attempt.reading(ingest, Topics.PASSAGES)).isInstanceOf(TopicAuthorizationException.class);
        assertThat(Attempt.producing(ingest, Topics.STATEMENTS)).isInstanceOf(TopicAuthorizationException.class);
        assertThat(Attempt.creating(ingest, Topics.statementsFor("anything")))
                .isInstanceOf(TopicAuthorizationException.class);
        assertThat(Attempt.reading(dedup, Topics.INGEST_STATE)).isInstanceOf(TopicAuthorizationException.class);
        assertThat(Attempt.producing(dedup, Topics.STATEMENTS)).isInstanceOf(TopicAuthorizationException.class);
        assertThat(Attempt.producing(classify, Topics.RELEASES)).isInstanceOf(TopicAuthorizationException.class);
        assertThat(Attempt.reading(classify, Topics.RELEASES)).isInstanceOf(TopicAuthorizationException.class);
        assertThat(Attempt.joining(classify, "statewire-dedup", Topics.PASSAGES))
                .isInstanceOf(GroupAuthorizationException.class);
        assertThat(broker.denials()).as("the broker's log of denied requests")
                .anyMatch(line -> line.contains("User:" + INGEST) && line.contains("Topic:LITERAL:" + Topics.PASSAGES))
                .anyMatch(line -> line.contains("User:" + CLASSIFY) && line.contains("Group:LITERAL:statewire-dedup"));
    }

    /** The settings a deployment gives a service: its Kafka user and the broker's trust, through the environment. */
    private Map<String, String> environment(String user, Map<String, String> trust, String adminPassword) {
        Map<String, String> environment = new HashMap<>(trust);
        environment.put("KAFKA_SECURITY_PROTOCOL", "SASL_SSL");
        environment.put("KAFKA_SASL_MECHANISM", SecureKafkaBroker.MECHANISM);
        environment.put("KAFKA_SASL_JAAS_CONFIG", SecureKafkaBroker.jaasConfig(user, passwords.get(user)));
        if (adminPassword != null) {
            environment.put("STATEWIRE_ADMIN_PASSWORD", adminPassword);
        }
        return environment;
    }

    private Map<String, String> pemTrust() {
        return Map.of("KAFKA_SSL_TRUSTSTORE_LOCATION", broker.tls().pemTrustStore().toString(),
                "KAFKA_SSL_TRUSTSTORE_TYPE", "PEM");
    }

    /** Every password of the run: the services' SCRAM passwords, the broker's, the trust store's and the admin's. */
    private List<String> secrets() {
        List<String> secrets = new ArrayList<>(passwords.values());
        secrets.addAll(List.of(adminHttpPassword, broker.adminPassword(), broker.tls().trustStorePassword(),
                broker.tls().keyStorePassword()));
        return secrets;
    }

    /** Each distinct paragraph of the releases, but boilerplate, which dedup drops. */
    private static Set<String> paragraphs(List<SampleRelease> releases) {
        Set<String> paragraphs = new LinkedHashSet<>();
        releases.forEach(release -> paragraphs.addAll(release.paragraphs()));
        paragraphs.remove("To be continued...");
        return paragraphs;
    }

    /** A record that is not JSON, as the administrator, keyed {@code <run>:unreadable}. */
    private void produceUnreadable(String topic) throws Exception {
        try (var producer = new KafkaProducer<>(broker.adminSettings(), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, run + ":unreadable", "not json")).get(30, TimeUnit.SECONDS);
        }
    }

    /** Reads committed records of {@code topic} as the administrator until {@code count} matching ones arrived. */
    private <V> List<ConsumerRecord<String, V>> committed(String topic, Deserializer<V> values,
            Predicate<ConsumerRecord<String, V>> matching, int count) {
        Map<String, Object> config = new HashMap<>(broker.adminSettings());
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<ConsumerRecord<String, V>> records = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), values)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (records.size() < count && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> {
                    if (matching.test(record)) {
                        records.add(record);
                    }
                });
            }
        }
        assertThat(records).as("matching records on " + topic + " within " + WAIT).hasSize(count);
        return records;
    }

    private static String get(ServiceProcess service, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + service.httpPort() + path)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static int post(ServiceProcess service, String path, String adminPassword) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.httpPort() + path))
                .POST(HttpRequest.BodyPublishers.noBody());
        if (adminPassword != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString(("admin:" + adminPassword).getBytes(StandardCharsets.UTF_8)));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String secret() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    /** Tries one thing as a client and answers the Kafka exception it met, or null when it was allowed. */
    private static final class Attempt {

        private static final int SECONDS = 20;

        private Attempt() {
        }

        static Throwable connecting(Map<String, Object> settings) {
            try (Admin admin = Admin.create(settings)) {
                admin.listTopics().names().get(SECONDS, TimeUnit.SECONDS);
                return null;
            } catch (Exception e) {
                return kafkaCause(e);
            }
        }

        static Throwable producing(Map<String, Object> settings, String topic) {
            Map<String, Object> config = new HashMap<>(settings);
            config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, false);
            config.put(ProducerConfig.ACKS_CONFIG, "1");
            config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
            try (var producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>(topic, "refusal-check", "{}")).get(SECONDS, TimeUnit.SECONDS);
                return null;
            } catch (Exception e) {
                return kafkaCause(e);
            }
        }

        static Throwable reading(Map<String, Object> settings, String topic) {
            try (var consumer = new KafkaConsumer<>(settings, new StringDeserializer(), new StringDeserializer())) {
                TopicPartition partition = new TopicPartition(topic, 0);
                consumer.assign(List.of(partition));
                consumer.seekToBeginning(List.of(partition));
                consumer.poll(Duration.ofSeconds(SECONDS));
                return null;
            } catch (Exception e) {
                return kafkaCause(e);
            }
        }

        static Throwable joining(Map<String, Object> settings, String group, String topic) {
            Map<String, Object> config = new HashMap<>(settings);
            config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
            try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
                consumer.subscribe(List.of(topic));
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
                while (consumer.assignment().isEmpty() && System.nanoTime() < deadline) {
                    consumer.poll(Duration.ofMillis(500));
                }
                return null;
            } catch (Exception e) {
                return kafkaCause(e);
            }
        }

        static Throwable creating(Map<String, Object> settings, String topic) {
            try (Admin admin = Admin.create(settings)) {
                admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get(SECONDS, TimeUnit.SECONDS);
                return null;
            } catch (Exception e) {
                return kafkaCause(e);
            }
        }

        /** The first Kafka exception in the chain (ExecutionException and the like wrap it). */
        private static Throwable kafkaCause(Throwable thrown) {
            for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
                if (cause instanceof KafkaException) {
                    return cause;
                }
            }
            return thrown;
        }
    }
}
