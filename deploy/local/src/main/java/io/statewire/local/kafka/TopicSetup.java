package io.statewire.local.kafka;

import io.statewire.contracts.Topics;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/** Creates the pipeline's topics that do not exist yet: {@code TopicSetup BOOTSTRAP [PARTITIONS] [REPLICATION]}. */
public final class TopicSetup {

    private TopicSetup() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length < 1) {
            System.err.println("usage: TopicSetup BOOTSTRAP [PARTITIONS=3] [REPLICATION=1]");
            System.exit(2);
        }
        int partitions = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        short replication = args.length > 2 ? Short.parseShort(args[2]) : 1;
        try {
            List<String> created = create(args[0], partitions, replication);
            System.out.println("topics: " + (created.isEmpty() ? "all present" : "created " + created));
        } catch (ExecutionException | TimeoutException e) {
            System.err.println("topic set-up failed on " + args[0] + ": " + e.getMessage());
            System.exit(1);
        }
    }

    /** Creates the missing pipeline topics and returns their names. */
    public static List<String> create(String bootstrap, int partitions, short replication)
            throws InterruptedException, ExecutionException, TimeoutException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000))) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<String> missing = Topics.PIPELINE.stream().filter(t -> !existing.contains(t)).toList();
            admin.createTopics(missing.stream()
                    .map(t -> new NewTopic(t, partitions, replication).configs(Topics.configOf(t))).toList())
                    .all().get(30, TimeUnit.SECONDS);
            return missing;
        }
    }
}
