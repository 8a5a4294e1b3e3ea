package no.sentret.platform.directory;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import no.sentret.platform.kafka.KafkaClients;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Reads visit-events into the directory on its own thread: poll, apply the batch in one
 * transaction, then commit the offsets. A crash between the two re-delivers the batch, which the
 * idempotent upserts absorb. A batch that fails (database away) is sought back and retried after a
 * pause: the directory falls behind, it never skips a registration.
 */
@ApplicationScoped
public class DirectoryFeed {

    private static final Logger LOG = Logger.getLogger(DirectoryFeed.class);

    private final ClientDirectoryConfig config;
    private final KafkaClients clients;
    private final DirectoryWriter writer;
    private final String clientId;
    private final AtomicLong applied = new AtomicLong();
    private volatile KafkaConsumer<String, String> consumer;
    private volatile Thread thread;
    private volatile boolean stopping;
    private volatile Throwable died;

    DirectoryFeed(ClientDirectoryConfig config, KafkaClients clients, DirectoryWriter writer,
                  @ConfigProperty(name = "quarkus.application.name") String application) {
        this.config = config;
        this.clients = clients;
        this.writer = writer;
        this.clientId = application + "-client-directory";
    }

    void start(@Observes StartupEvent event) {
        if (!config.enabled()) {
            return;
        }
        consumer = clients.consumer(Map.of(
                ConsumerConfig.GROUP_ID_CONFIG, config.group(),
                ConsumerConfig.CLIENT_ID_CONFIG, clientId,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false));
        thread = new Thread(this::run, "client-directory-feed");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) {
        stopping = true;
        KafkaConsumer<String, String> c = consumer;
        if (c != null) {
            c.wakeup();
        }
        Thread t = thread;
        if (t != null) {
            try {
                t.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Events applied since start (idempotent re-deliveries included). */
    public long applied() {
        return applied.get();
    }

    /** @return null while the feed runs (or is switched off), otherwise why its thread ended */
    public Throwable died() {
        return died;
    }

    public boolean enabled() {
        return config.enabled();
    }

    private void run() {
        try (KafkaConsumer<String, String> c = consumer) {
            c.subscribe(List.of(config.topic()));
            while (!stopping) {
                ConsumerRecords<String, String> records = c.poll(config.pollTimeout());
                if (!records.isEmpty()) {
                    applyOrRewind(c, records);
                }
            }
        } catch (WakeupException e) {
            // shutdown
        } catch (RuntimeException | Error e) {
            if (!stopping) {
                died = e;
                LOG.errorf(e, "client directory feed stopped: codes registered from now on are not known here");
            }
        }
    }

    private void applyOrRewind(KafkaConsumer<String, String> c, ConsumerRecords<String, String> records) {
        List<RegistryChange> changes = new ArrayList<>(records.count());
        for (ConsumerRecord<String, String> r : records) {
            changes.add(RegistryChange.of(r.value()));
        }
        try {
            writer.apply(changes);
            applied.addAndGet(changes.size());
            c.commitSync();
        } catch (WakeupException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.warnf("client directory: batch of %d events not applied, retrying in %s: %s",
                    changes.size(), config.retryBackoff(), e.getMessage());
            for (TopicPartition partition : records.partitions()) {
                c.seek(partition, new OffsetAndMetadata(records.records(partition).get(0).offset()));
            }
            sleep(config.retryBackoff());
        }
    }

    private void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopping = true;
        }
    }
}
