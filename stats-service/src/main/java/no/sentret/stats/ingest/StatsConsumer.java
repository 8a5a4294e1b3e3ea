package no.sentret.stats.ingest;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.function.IntConsumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Starts the live consumer thread with the application and stops it on shutdown. */
@ApplicationScoped
public class StatsConsumer {

    private final BatchApplier applier;
    private final ConsumerLoop.Settings settings;
    private final boolean enabled;
    private ConsumerLoop loop;
    private Thread thread;
    private boolean stoppedOnPurpose;

    public StatsConsumer(BatchApplier applier,
                         @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                         @ConfigProperty(name = "sentret.stats.consumer-group") String groupId,
                         @ConfigProperty(name = "sentret.stats.topics") List<String> topics,
                         @ConfigProperty(name = "sentret.stats.max-poll-records", defaultValue = "500") int maxPollRecords,
                         @ConfigProperty(name = "sentret.stats.consumer-enabled", defaultValue = "true") boolean enabled) {
        this.applier = applier;
        this.settings = new ConsumerLoop.Settings(bootstrapServers, groupId, topics, maxPollRecords);
        this.enabled = enabled;
    }

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            start();
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
    }

    /** @return false when the consumer should run but its thread is gone */
    public synchronized boolean healthy() {
        return !enabled || (thread != null && thread.isAlive()) || stoppedOnPurpose;
    }

    public ConsumerLoop.Settings settings() {
        return settings;
    }

    public synchronized void start() {
        if (thread != null && thread.isAlive()) {
            return;
        }
        stoppedOnPurpose = false;
        loop = new ConsumerLoop(settings, applier, i -> { });
        thread = new Thread(loop, "stats-consumer");
        thread.setDaemon(true);
        thread.start();
    }

    public synchronized void stop() {
        stoppedOnPurpose = true;
        if (loop != null) {
            loop.stop();
            try {
                thread.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            loop = null;
            thread = null;
        }
    }

    /** A consumer of the same group with a hook after each record: tests use it to die mid-batch. */
    public ConsumerLoop newLoop(IntConsumer afterEach) {
        return new ConsumerLoop(settings, applier, afterEach);
    }
}
