package no.sentret.platform.directory;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.inject.Singleton;
import jakarta.enterprise.event.Observes;
import java.util.List;
import no.sentret.platform.kafka.KafkaClients;
import no.sentret.platform.kafka.TopicFeed;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Reads visit-events into the directory (the kit's {@link TopicFeed}: poll, apply in one transaction, commit). */
@Singleton // no client proxy: the feed is a thread with state, and its parent has no no-args constructor
public class DirectoryFeed extends TopicFeed {

    private final ClientDirectoryConfig config;
    private final DirectoryWriter writer;
    private final String name;

    DirectoryFeed(ClientDirectoryConfig config, KafkaClients clients, DirectoryWriter writer,
                  @ConfigProperty(name = "quarkus.application.name") String application) {
        super(clients);
        this.config = config;
        this.writer = writer;
        this.name = application + "-client-directory";
    }

    void onStart(@Observes StartupEvent event) {
        if (config.enabled()) {
            start();
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
    }

    @Override
    protected Settings settings() {
        return new Settings(name, List.of(config.topic()), config.group(), config.pollTimeout(), config.retryBackoff(),
                config.commitInterval());
    }

    @Override
    protected void apply(List<ConsumerRecord<String, String>> records) {
        List<RegistryChange> changes = records.stream().map(RegistryChange::of)
                .filter(change -> !(change instanceof RegistryChange.Ignored)).toList();
        if (!changes.isEmpty()) { // a batch of anonymous visits opens no transaction
            writer.apply(changes);
        }
    }

    public boolean enabled() {
        return config.enabled();
    }
}
